import type { KnownBlock } from '@slack/types';
import type { Tier } from '../domain/escalation.js';
import type { Escalation, EscalationDecision } from '../store/escalations.js';
import { context, section } from './blocks.js';
import type { SlackMessage } from './claims-list.js';
import { escapeMrkdwn, slackWhen } from './text.js';

type NameOf = (id: string) => string;

/** The block of a tier's message that says where the case stands; replaced as it moves on. */
export const STATUS_BLOCK = 'status';

const outcomeWords: Record<EscalationDecision['outcome'], string> = {
  keep: 'it stays with the owner',
  handover: 'it is handed over',
  co_own: 'co-owned (the owner stays captain)',
};

/**
 * People in a dispute message: in the tier-1 group DM both readers are the reps, so each is a
 * mention (Slack shows the name, highlighted for the one it is); in lead and RevOps channels a
 * plain name, so reps are not pinged into a channel they may not be in.
 */
export const personIn = (tier: Tier, nameOf: NameOf) => (id: string) =>
  tier === 'rep' ? `<@${id}>` : `*${escapeMrkdwn(nameOf(id))}*`;

/** "You" for the reader, their name for anyone else (DMs). */
export const youOr = (reader: string, nameOf: NameOf) => (id: string) =>
  id === reader ? 'you' : escapeMrkdwn(nameOf(id));

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const verb = (subject: string, base: string, third: string) => (subject === 'you' ? base : third);

/** Who writes next and who pauses, in the reader's words. */
export function nextSteps(
  e: Pick<Escalation, 'holder' | 'challenger'>,
  d: Pick<EscalationDecision, 'sender' | 'pauser'>,
  who: (id: string) => string,
): string {
  if (!d.pauser) {
    const captain = who(e.holder);
    return `${capital(captain)} and ${who(e.challenger)} both write; ${captain} ${verb(captain, 'stay', 'stays')} captain.`;
  }
  const [sender, pauser] = [who(d.sender), who(d.pauser)];
  return `${capital(sender)} ${verb(sender, 'write', 'writes')} next; ${pauser} ${verb(pauser, 'pause', 'pauses')}.`;
}

/** The outcome, once: by whom, when, what, what follows. */
export function decidedStatus(e: Escalation, who: (id: string) => string, tz: string): string {
  const d = e.decision as EscalationDecision;
  const by = d.by === 'system' ? 'the default decision' : who(d.by);
  return [
    `:white_check_mark: *Decided* by ${by}, ${slackWhen(d.at, tz)}: ${outcomeWords[d.outcome]}. ${nextSteps(e, d, who)}`,
    d.ownerUntil ? `Ownership until ${slackWhen(d.ownerUntil, tz)}.` : '',
    d.mergeNotes ? 'Notes merged into the new claim.' : '',
    d.recheckOn ? `RevOps rechecks on ${d.recheckOn}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Where the case went when it left a tier, for that tier's messages. */
export function movedStatus(to: Tier, where: string, why: string, at: Date, tz: string): string {
  const tier = to === 'lead' ? 'the team lead' : 'RevOps';
  return `:arrow_up: *Went to ${tier}* in ${where}, ${slackWhen(at, tz)}: ${why}. Nothing to press here any more.`;
}

/**
 * A tier's message once the case left it: what it showed (the evidence) stays, its status line
 * says what happened, its buttons go. (A message posted before status lines existed gets the
 * line on top.)
 */
export function settledMessage(
  sent: { text: string; blocks?: KnownBlock[] },
  { text, status, rationale }: { text: string; status: string; rationale?: string },
): SlackMessage {
  const line: KnownBlock[] = [
    { ...section(status), block_id: STATUS_BLOCK },
    ...(rationale ? [context(`Rationale: ${escapeMrkdwn(rationale)}`)] : []),
  ];
  const kept = (sent.blocks ?? []).filter((b) => b.type !== 'actions');
  const has = kept.some((b) => b.block_id === STATUS_BLOCK);
  return {
    text,
    blocks: has ? kept.flatMap((b) => (b.block_id === STATUS_BLOCK ? line : [b])) : [...line, ...kept],
  };
}

/** The lead's thread reply (where the buttons were) once the case left tier 2: no second copy of the outcome. */
export function settledThread(decided: boolean): SlackMessage {
  const text = decided
    ? ':white_check_mark: Decided: the outcome is on the message above.'
    : ':arrow_up: Sent to RevOps: see the message above.';
  return { text, blocks: [section(text)] };
}
