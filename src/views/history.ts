import type { AuditEvent } from '../store/audit.js';
import { section } from './blocks.js';
import { reasonText } from './claims.js';
import type { SlackMessage } from './claims-list.js';
import { escapeMrkdwn, formatWhen, slackWhen } from './text.js';

/** What the key names, as people say it: "acme.com" or "jane@acme.com". */
export const keyLabel = (key: string) => key.replace(/^(account|contact):/, '');

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const dateText = (v: unknown, timezone: string) =>
  v instanceof Date || typeof v === 'string' ? formatWhen(new Date(v), timezone) : '?';

/**
 * One audit entry in a sentence, plain text (the CSV and JSON use it as is; Slack escapes it).
 * `nameOf` turns member ids into names.
 */
export function describeAudit(e: AuditEvent, nameOf: (id: string) => string, timezone: string): string {
  const who = e.actor === 'system' ? 'ClaimDesk' : nameOf(e.actor);
  const what = keyLabel(e.key);
  const because = e.reason ? `: ${e.reason}` : '';
  const owner = (v?: Record<string, unknown>) => nameOf(str(v?.owner) ?? '') || 'nobody';
  switch (e.kind) {
    case 'claim':
      return `${nameOf(str(e.after?.owner) ?? e.actor)} claimed ${what} (${reasonText(str(e.after?.reason) ?? '?')})${because}`;
    case 'auto_claim':
      return `ClaimDesk locked ${what} for ${nameOf(str(e.after?.owner) ?? '')} (${reasonText(str(e.after?.reason) ?? '?')})${because}`;
    case 'handover':
      return `${nameOf(str(e.after?.owner) ?? '')} inherited ${what} (${reasonText(str(e.after?.reason) ?? '?')})${because}`;
    case 'proceed':
      return `${who} proceeded anyway on ${what}, held by ${owner(e.before)}${because}`;
    case 'extend':
      return `${who} extended the claim on ${what} to ${dateText(e.after?.expiresAt, timezone)}${because}`;
    case 'release':
      return `${who} released ${what}${because}`;
    case 'lapse':
      return `${owner(e.before)}'s claim on ${what} lapsed${because}`;
    case 'expire':
      return `${owner(e.before)}'s claim on ${what} expired`;
    case 'transfer':
      return `${owner(e.before)}'s claim on ${what} was handed over by ${who}${because}`;
    case 'expiry_warning':
      return `The owner was warned that the claim on ${what} expires ${dateText(e.after?.expiresAt, timezone)}`;
    case 'route':
      return `Reply from ${str(e.after?.from) ?? what} (${str(e.after?.category) ?? '?'}) went to ${owner(e.after)}${because}`;
    case 'reassign':
      return `Reply from ${str(e.after?.from) ?? what} passed from ${owner(e.before)} to ${owner(e.after)}${because}`;
    case 'triage':
      return `Reply from ${str(e.after?.from) ?? what} went to triage from ${owner(e.before)}${because}`;
  }
}

/** `/check acme.com history`: newest first, one line each, within Slack's block limits. */
export function historyMessage(
  label: string,
  events: AuditEvent[],
  nameOf: (id: string) => string,
  timezone: string,
): SlackMessage {
  if (events.length === 0) {
    const text = `No history for ${label} yet: nobody has claimed it and no reply from it was routed.`;
    return { text, blocks: [section(escapeMrkdwn(text))] };
  }
  const lines = events.map(
    (e) => `• ${slackWhen(e.at, timezone)} — ${escapeMrkdwn(describeAudit(e, nameOf, timezone))}`,
  );
  // Sections hold 3000 characters: pack whole lines into as few as needed (≤ 40 blocks).
  const chunks: string[] = [];
  for (const line of lines) {
    const last = chunks.at(-1);
    if (last !== undefined && last.length + line.length + 1 <= 3000)
      chunks[chunks.length - 1] = `${last}\n${line}`;
    else chunks.push(line);
  }
  const title = `*History of ${escapeMrkdwn(label)}* (newest first, ${events.length} ${events.length === 1 ? 'entry' : 'entries'})`;
  return {
    text: `History of ${label}`,
    blocks: [section(title), ...chunks.slice(0, 40).map(section)],
  };
}
