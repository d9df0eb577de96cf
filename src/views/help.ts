import { claimReasons } from '../policy/schema.js';
import { context, section } from './blocks.js';
import type { SlackMessage } from './claims-list.js';

/** What each command does, with examples: `/claim help` and the like. */
const help: Record<string, { what: string; examples: string[] }> = {
  '/claim': {
    what: 'Claim an account or a contact before you write to it: one owner each, so nobody else emails them.',
    examples: [
      '`/claim acme.com` — the account, reason prospecting',
      '`/claim jane@acme.com active_sequence Q4 outbound` — a contact, with a reason and a note',
      '`/claim acme.com research 2h` — a short look that simply ends',
      '`/claim` — a form',
    ],
  },
  '/check': {
    what: 'Before you send: clear, warn or blocked, and why, with the owner, recent activity and sequences.',
    examples: [
      '`/check acme.com`',
      '`/check jane@acme.com`',
      '`/check acme.com history` — who owned it, and why',
    ],
  },
  '/claims': {
    what: 'Your claims, soonest expiry first, each with Extend, Log activity and Release.',
    examples: [
      '`/claims`',
      '`/claims @member` — leads and RevOps',
      '`/claims audit` — RevOps: the weekly audit, now',
    ],
  },
  '/release': {
    what: 'Give a claim up so a colleague can take it.',
    examples: ['`/release acme.com`', '`/release acme.com went with a competitor`'],
  },
};

export const isHelp = (text: string) => /^(help|\?|-h|--help)$/i.test(text.trim());

export function helpMessage(command: string): SlackMessage {
  const h = help[command];
  if (!h) return { text: 'ClaimDesk', blocks: [section('Try `/claim help`.')] };
  const reasons = command === '/claim' ? [context(`Reasons: ${claimReasons.join(', ')}.`)] : [];
  return {
    text: `${command}: ${h.what}`,
    blocks: [section(`*${command}* — ${h.what}\n${h.examples.map((e) => `• ${e}`).join('\n')}`), ...reasons],
  };
}

/** One line for a command typed wrong: its first examples, and where the rest are. */
export function usageLine(command: string): string {
  const h = help[command];
  if (!h) return 'ClaimDesk’s commands: `/claim`, `/check`, `/claims`, `/release`. Try `/claim help`.';
  const examples = h.examples.slice(0, 2).map((e) => e.split(' — ')[0]);
  return `Usage: ${examples.join(' · ')} — \`${command} help\` for more.`;
}
