import type { KnownBlock, ModalView } from '@slack/types';
import type { Tier } from '../domain/escalation.js';
import type { Escalation, EscalationOutcome } from '../store/escalations.js';
import { actions, button, context, section } from './blocks.js';
import type { SlackMessage } from './claims-list.js';
import { escalationActions, escalationFields, escalationModals } from './ids.js';
import { escapeMrkdwn, formatWhen } from './text.js';

export interface EvidenceLine {
  name: string;
  lastOutbound?: Date;
  positives: number; // replies and meetings
  sequences: string[];
}

export const outcomeText: Record<EscalationOutcome, string> = {
  keep: 'keeps it with the owner',
  handover: 'hands it over',
  co_own: 'co-own (owner stays captain)',
};

const tierTitle: Record<Tier, string> = {
  rep: 'Tier 1 — rep to rep',
  lead: 'Tier 2 — team lead',
  ops: 'Tier 3 — RevOps',
};

/** The dispute with its evidence pack: the same body at every tier, buttons by tier. */
export function escalationMessage(
  e: Escalation,
  tier: Tier,
  evidence: EvidenceLine[],
  nameOf: (id: string) => string,
  tz: string,
): SlackMessage {
  const id = e._id.toHexString();
  const lines = evidence.map(
    (r) =>
      `• *${escapeMrkdwn(r.name)}*: last outbound ${r.lastOutbound ? formatWhen(r.lastOutbound, tz) : 'none'}, ` +
      `${r.positives} replies/meetings, sequences: ${r.sequences.length ? escapeMrkdwn(r.sequences.join(', ')) : 'none'}`,
  );
  const blocks: KnownBlock[] = [
    section(
      `:scales: *${tierTitle[tier]}*: *${escapeMrkdwn(e.domain)}* — ${escapeMrkdwn(nameOf(e.holder))} (owner) and ${escapeMrkdwn(nameOf(e.challenger))}.\n` +
        `> ${escapeMrkdwn(e.reason)}\nUnder review; decision due *${formatWhen(e.dueAt, tz)}*. Without one, the default decision applies.`,
    ),
    section(lines.join('\n') || 'No recorded activity.'),
  ];
  if (e.interim)
    blocks.push(
      context(
        `Meanwhile ${escapeMrkdwn(nameOf(e.interim.sender))} writes and ${escapeMrkdwn(nameOf(e.interim.pauser))} pauses (default decision).`,
      ),
    );
  const a = escalationActions;
  const buttons =
    tier === 'rep'
      ? [
          button('Keep with owner', a.keep, id),
          button('Hand over', a.handover, id),
          button('Co-own', a.coOwn, id),
          button('Ask the lead', a.askLead, id),
        ]
      : tier === 'lead'
        ? [
            button('Approve handoff', a.handover, id, 'primary'),
            button('Keep with owner', a.keep, id),
            button('Co-own', a.coOwn, id),
            button('Send to ops', a.sendToOps, id),
          ]
        : [
            button('Hand over', a.handover, id),
            button('Keep with owner', a.keep, id),
            button('Co-own', a.coOwn, id),
          ];
  blocks.push(actions(...buttons));
  return {
    text: `Dispute over ${e.domain}: ${tierTitle[tier]}, decision due ${formatWhen(e.dueAt, tz)}`,
    blocks,
  };
}

/** The same message once decided: outcome shown, buttons gone. */
export function escalationDecidedMessage(
  e: Escalation,
  nameOf: (id: string) => string,
  tz: string,
): SlackMessage {
  const d = e.decision;
  if (!d)
    return {
      text: `Dispute over ${e.domain}`,
      blocks: [section(`Dispute over *${escapeMrkdwn(e.domain)}*`)],
    };
  const who = d.by === 'system' ? 'the default decision' : nameOf(d.by);
  const plain = `Dispute over ${e.domain} decided: ${outcomeText[d.outcome]}, by ${who}, ${formatWhen(d.at, tz)}.`;
  return { text: plain, blocks: [section(`:white_check_mark: ${escapeMrkdwn(plain)}`)] };
}

/** `where` is the alert message, edited to show the outcome once the modal is submitted. */
export function handoffModal(
  alertId: string,
  label: string,
  where: { channel?: string; ts?: string },
): ModalView {
  return {
    type: 'modal',
    callback_id: escalationModals.handoff,
    private_metadata: JSON.stringify({ alertId, ...where }),
    title: { type: 'plain_text', text: 'Ask for handoff' },
    submit: { type: 'plain_text', text: 'Ask' },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'plain_text',
          text: `Why should ${label} be yours? One line; both reps and, if needed, the lead will see it.`,
        },
      },
      {
        type: 'input',
        block_id: escalationFields.reason.block,
        label: { type: 'plain_text', text: 'Reason' },
        element: { type: 'plain_text_input', action_id: escalationFields.reason.action, max_length: 300 },
      },
    ],
  };
}

export const APOLOGY_TEMPLATE =
  "Sorry — you got a similar note from our team. I'll be your main contact; if you'd rather talk to someone else, tell me and I'll pass it on.";
