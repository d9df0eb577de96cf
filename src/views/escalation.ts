import type { ActionsBlock, KnownBlock } from '@slack/types';
import type { Tier } from '../domain/escalation.js';
import type { AuditEvent } from '../store/audit.js';
import type { Escalation, EscalationOutcome } from '../store/escalations.js';
import type { EvidencePack, RepEvidence } from '../usecases/escalation-evidence.js';
import { actions, button, context, section } from './blocks.js';
import type { SlackMessage } from './claims-list.js';
import { personIn, STATUS_BLOCK } from './escalation-status.js';
import { escalationActions } from './ids.js';
import { escapeMrkdwn, formatWhen, slackWhen } from './text.js';

type NameOf = (id: string) => string;

export const outcomeText: Record<EscalationOutcome, string> = {
  keep: 'keeps it with the owner',
  handover: 'hands it over',
  co_own: 'co-own (owner stays captain)',
};

export const tierTitle: Record<Tier, string> = {
  rep: 'Tier 1 — rep to rep',
  lead: 'Tier 2 — team lead',
  ops: 'Tier 3 — RevOps',
};

const whyDefault: Record<string, string> = {
  recent_positive_signal: 'the most recent interested reply or meeting',
  first_outbound: 'the earlier first outbound',
  holder_keeps: 'no signals either way, so the owner keeps it',
  policy_holder: 'the policy keeps it with the owner at this tier',
  policy_challenger: 'the policy gives it to the challenger at this tier',
};
export const defaultWhyText = (why: string) => whyDefault[why] ?? why;

function repLine(r: RepEvidence, nameOf: NameOf, tz: string): string {
  const replies = r.replies.length
    ? `${r.replies.length} replies (${r.replies.map((x) => (x.category ?? 'reply').replace(/_/g, ' ')).join(', ')})`
    : 'no replies';
  return (
    `• *${escapeMrkdwn(nameOf(r.rep))}*: last outbound ${r.lastOutbound ? slackWhen(r.lastOutbound, tz) : 'none'}, ` +
    `${replies}, ${r.meetings.length} meetings, sequences running: ${r.sequences.length ? escapeMrkdwn(r.sequences.join(', ')) : 'none'}`
  );
}

const historyLine = (h: AuditEvent, nameOf: NameOf, tz: string) =>
  `${slackWhen(h.at, tz)} ${h.kind.replace(/_/g, ' ')} by ${escapeMrkdwn(h.actor === 'system' ? 'the app' : nameOf(h.actor))}`;

/** The evidence pack, the same at every tier. */
export function evidenceBlocks(pack: EvidencePack, nameOf: NameOf, tz: string): KnownBlock[] {
  const a = pack.account;
  const facts = [
    a.segment ? `segment ${escapeMrkdwn(a.segment)}` : undefined,
    a.territory ? `territory ${escapeMrkdwn(a.territory)}` : undefined,
    a.openDeal ? 'open deal' : 'no open deal',
    a.relationships.length
      ? `existing relationships: ${escapeMrkdwn(a.relationships.join(', '))}`
      : 'no other contact claims',
  ].filter(Boolean);
  return [
    section(pack.reps.map((r) => repLine(r, nameOf, tz)).join('\n')),
    context(`Account: ${facts.join(' · ')}`),
    context(
      `Claim history: ${pack.history.length ? pack.history.map((h) => historyLine(h, nameOf, tz)).join('; ') : 'none'}`,
    ),
  ];
}

function tierButtons(e: Escalation, tier: Tier): ActionsBlock {
  const a = escalationActions;
  const id = e._id.toHexString();
  if (tier === 'rep')
    return actions(
      button('Keep with owner', a.keep, id),
      button('Hand over', a.handover, id),
      button('Co-own', a.coOwn, id),
      button('Ask the lead', a.askLead, id),
    );
  if (tier === 'lead')
    return actions(
      button('Approve handoff', a.handover, id, 'primary'),
      button('Keep with owner', a.keep, id),
      button('Co-own', a.coOwn, id),
      button('Send to ops', a.sendToOps, id),
    );
  return actions(button('Decide…', a.opsDecide, id, 'primary'));
}

/**
 * A tier's message with the evidence pack. Tier 1 and 3 carry their buttons; tier 2's
 * buttons go in a thread reply (leadThreadMessage), where the lead decides.
 */
export function escalationMessage(
  e: Escalation,
  tier: Tier,
  pack: EvidencePack,
  nameOf: NameOf,
  tz: string,
): SlackMessage {
  const where = tier === 'lead' ? ' Decide in the thread.' : '';
  const who = personIn(tier, nameOf);
  const blocks: KnownBlock[] = [
    section(
      `:scales: *${tierTitle[tier]}*: *${escapeMrkdwn(e.domain)}* — ${who(e.holder)} (owner) and ${who(e.challenger)}.\n` +
        `> ${escapeMrkdwn(e.reason)}`,
    ),
    {
      ...section(
        `:hourglass: Under review; decision due *${slackWhen(e.dueAt, tz)}*. Without one, the default decision applies.${where}`,
      ),
      block_id: STATUS_BLOCK,
    },
    ...evidenceBlocks(pack, nameOf, tz),
  ];
  if (e.contacts.length)
    blocks.push(context(`If co-owned, ${who(e.challenger)} takes: ${escapeMrkdwn(e.contacts.join(', '))}`));
  if (e.interim)
    blocks.push(
      context(
        `Meanwhile ${who(e.interim.sender)} writes and ${who(e.interim.pauser)} pauses (default decision: ${defaultWhyText(e.interim.why)}).`,
      ),
    );
  if (tier !== 'lead') blocks.push(tierButtons(e, tier));
  return {
    text: `Dispute over ${e.domain}: ${tierTitle[tier]}, decision due ${formatWhen(e.dueAt, tz)}`,
    blocks,
  };
}

/** Tier 2's decision, in the thread of the lead-channel message: only a lead of either team may press. */
export function leadThreadMessage(e: Escalation, nameOf: NameOf): SlackMessage {
  const text = `Lead decision for ${e.domain}: a lead of ${nameOf(e.holder)}'s or ${nameOf(e.challenger)}'s team decides here.`;
  return { text, blocks: [section(escapeMrkdwn(text)), tierButtons(e, 'lead')] };
}

export const APOLOGY_TEMPLATE =
  "Sorry — you got a similar note from our team. I'll be your main contact; if you'd rather talk to someone else, tell me and I'll pass it on.";
