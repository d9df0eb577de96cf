import type { KnownBlock, ModalView } from '@slack/types';
import type { Activity } from '../store/activities.js';
import type { Claim } from '../store/claims.js';
import type { ConflictAlert, ConflictOutcome } from '../store/conflicts.js';
import type { ConflictActionResult } from '../usecases/conflict-actions.js';
import { actions, button, context, section } from './blocks.js';
import { plainMessage } from './claims.js';
import type { SlackMessage } from './claims-list.js';
import { conflictActions, fields, modals } from './ids.js';
import { escapeMrkdwn, slackWhen } from './text.js';

const reasonText = (r: string) => r.replace(/_/g, ' ');

export interface ConflictView {
  alert: ConflictAlert;
  holder: Claim;
  ownerName: string;
  lastActivity?: Activity;
  hardBlock: boolean;
  timezone: string;
}

/** The challenger's DM: who owns it, why, until when, and what they can do now. */
export function conflictAlertMessage(v: ConflictView): SlackMessage {
  const label = escapeMrkdwn(v.alert.label);
  const verdict = v.hardBlock ? ':no_entry: *Do not send.*' : ':warning: *Hold on before you send.*';
  const last = v.lastActivity
    ? `last activity ${v.lastActivity.type.replace(/_/g, ' ')} on ${slackWhen(v.lastActivity.at, v.timezone)}`
    : 'no recorded activity yet';
  const id = v.alert._id.toHexString();
  // A recorded send (not a /claim): say what of theirs reached it, so they know what to stop.
  const sent =
    v.alert.trigger === 'activity'
      ? `:mailbox_with_mail: ${v.alert.sequence ? `Your sequence *${escapeMrkdwn(v.alert.sequence)}*` : 'Your outreach'} just reached *${label}*.\n`
      : '';
  const blocks: KnownBlock[] = [
    section(
      `${sent}${verdict} *${label}* is claimed by *${escapeMrkdwn(v.ownerName)}* (${reasonText(v.holder.reason)}, ` +
        `claimed ${slackWhen(v.holder.claimedAt, v.timezone)}, expires ${slackWhen(v.holder.expiresAt, v.timezone)}).`,
    ),
    context(
      `${escapeMrkdwn(v.holder.level === 'account' ? v.holder.domain : (v.holder.email ?? ''))}: ${last}`,
    ),
    actions(
      button('Pause my sequence', conflictActions.pause, id, 'primary'),
      button('Ask for handoff', conflictActions.handoff, id),
      // Only a soft hold (a warning) may be overridden, and only with a reason on record.
      ...(v.hardBlock ? [] : [button('Proceed anyway', conflictActions.proceed, id)]),
      button('Stand down', conflictActions.standDown, id, 'danger'),
    ),
  ];
  return { text: `${v.alert.label} is claimed by ${v.ownerName}: do not send yet`, blocks };
}

/** "Proceed anyway": why, on the record, before the rep writes to someone else's prospect. */
export function proceedModal(
  alertId: string,
  label: string,
  where: { channel?: string; ts?: string },
): ModalView {
  return {
    type: 'modal',
    callback_id: modals.proceed,
    private_metadata: JSON.stringify({ alertId, ...where }),
    title: { type: 'plain_text', text: 'Proceed anyway' },
    submit: { type: 'plain_text', text: 'Proceed' },
    blocks: [
      section(
        `The owner is only prospecting ${escapeMrkdwn(label)}, so you may write to it, but say why: the owner is told, and it is recorded in its history.`,
      ),
      {
        type: 'input',
        block_id: fields.proceedWhy.block,
        label: { type: 'plain_text', text: 'Why' },
        element: { type: 'plain_text_input', action_id: fields.proceedWhy.action, max_length: 300 },
      },
    ],
  };
}

/** The owner's short heads-up; for a recorded send, what reached their account. */
export function ownerHeadsUpMessage(
  challengerName: string,
  label: string,
  alert?: ConflictAlert,
): SlackMessage {
  const name = escapeMrkdwn(challengerName);
  const what =
    alert?.trigger === 'activity'
      ? `${alert.sequence ? `${name}'s sequence *${escapeMrkdwn(alert.sequence)}*` : `${name}'s outreach`} just reached *${escapeMrkdwn(label)}*, which you own.`
      : `${name} just ran into your claim on *${escapeMrkdwn(label)}*.`;
  const text = `:eyes: ${what} They were asked to hold off; nothing for you to do unless they ask for a handoff.`;
  return { text: `${challengerName} ran into your claim on ${label}`, blocks: [section(text)] };
}

const outcomeText: Record<ConflictOutcome, string> = {
  paused: ':pause_button: You paused your sequence',
  handoff_requested: ':raised_hand: You asked for a handoff',
  stood_down: ':white_flag: You stood down',
  proceeded: ':arrow_forward: You proceeded anyway',
};

/** The alert after a button was used: outcome shown, buttons gone. */
export function conflictResolvedMessage(
  label: string,
  outcome: ConflictOutcome,
  when: Date,
  timezone: string,
  extra = '',
): SlackMessage {
  const text = `${outcomeText[outcome]} on *${escapeMrkdwn(label)}* (${slackWhen(when, timezone)}).${extra ? ` ${extra}` : ''}`;
  return { text: `${outcomeText[outcome].replace(/^:[a-z_]+: /, '')} on ${label}`, blocks: [section(text)] };
}

/** A conflict button's answer, edited into the alert: the outcome, or what changed meanwhile. */
export function conflictResultMessage(
  result: ConflictActionResult,
  timezone: string,
  note = '',
): SlackMessage {
  if (result.kind === 'situation_changed')
    return plainMessage(`:information_source: ${escapeMrkdwn(result.now)}`);
  return conflictResolvedMessage(
    result.alert.label,
    result.outcome,
    result.at,
    timezone,
    result.kind === 'done' ? note : '',
  );
}
