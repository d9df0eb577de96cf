import { badInput } from '../errors.js';
import { type ClaimReason, claimReasons } from '../policy/schema.js';
import { parseDuration } from './duration.js';

export const MAX_NOTE = 500;

export interface ClaimArgs {
  target: string;
  reason: ClaimReason;
  note: string;
  /** "4h", "90m", "3d" after the target or reason: the claim ends that much sooner. */
  forMinutes?: number;
}

/**
 * `/claim <target> [reason] [duration] [note…]`. The second word is a reason when it is one; a word that
 * looks like a reason (has an underscore) but is not one is an error listing the valid ones.
 * A known account's name may have spaces ("Acme Corp"): the longest matching name leads.
 */
export function parseClaimArgs(text: string, accountNames: readonly string[] = []): ClaimArgs {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  const name = [...accountNames]
    .sort((a, b) => b.length - a.length)
    .find((n) => lower === n.toLowerCase() || lower.startsWith(`${n.toLowerCase()} `));
  const [first = '', second, ...rest] = name
    ? [name, ...trimmed.slice(name.length).trim().split(/\s+/).filter(Boolean)]
    : trimmed.split(/\s+/);
  const target = first;
  let reason: ClaimReason = 'prospecting';
  let noteWords = [second, ...rest].filter((w): w is string => !!w);
  if (second && (claimReasons as readonly string[]).includes(second.toLowerCase())) {
    reason = second.toLowerCase() as ClaimReason;
    noteWords = rest;
  } else if (second && /^[a-z]+_[a-z_]+$/i.test(second)) {
    throw badInput(
      `"${second}" is not a claim reason. Valid reasons: ${claimReasons.join(', ')}.`,
      'Example: `/claim acme.com active_sequence Q3 outbound`',
    );
  }
  const forMinutes = noteWords[0] ? parseDuration(noteWords[0]) : undefined;
  if (forMinutes) noteWords = noteWords.slice(1);
  const note = noteWords.join(' ');
  if (note.length > MAX_NOTE)
    throw badInput(`The note is ${note.length} characters; keep it under ${MAX_NOTE}.`);
  return { target, reason, note, forMinutes };
}
