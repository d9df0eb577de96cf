import type { KnownBlock } from '@slack/types';
import type { Activity } from '../store/activities.js';
import type { Claim } from '../store/claims.js';
import type { ConflictAlert, ConflictOutcome } from '../store/conflicts.js';
import { actions, button, context, section } from './blocks.js';
import type { SlackMessage } from './claims-list.js';
import { conflictActions } from './ids.js';
import { escapeMrkdwn, formatWhen } from './text.js';

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
    ? `last activity ${v.lastActivity.type.replace(/_/g, ' ')} on ${formatWhen(v.lastActivity.at, v.timezone)}`
    : 'no recorded activity yet';
  const id = v.alert._id.toHexString();
  const blocks: KnownBlock[] = [
    section(
      `${verdict} *${label}* is claimed by *${escapeMrkdwn(v.ownerName)}* (${reasonText(v.holder.reason)}, ` +
        `claimed ${formatWhen(v.holder.claimedAt, v.timezone)}, expires ${formatWhen(v.holder.expiresAt, v.timezone)}).`,
    ),
    context(
      `${escapeMrkdwn(v.holder.level === 'account' ? v.holder.domain : (v.holder.email ?? ''))}: ${last}`,
    ),
    actions(
      button('Pause my sequence', conflictActions.pause, id, 'primary'),
      button('Ask for handoff', conflictActions.handoff, id),
      button('Stand down', conflictActions.standDown, id, 'danger'),
    ),
  ];
  return { text: `${v.alert.label} is claimed by ${v.ownerName}: do not send yet`, blocks };
}

/** The owner's short heads-up. */
export function ownerHeadsUpMessage(challengerName: string, label: string): SlackMessage {
  const text = `:eyes: ${escapeMrkdwn(challengerName)} just ran into your claim on *${escapeMrkdwn(label)}*. They were asked to hold off; nothing for you to do unless they ask for a handoff.`;
  return { text: `${challengerName} ran into your claim on ${label}`, blocks: [section(text)] };
}

const outcomeText: Record<ConflictOutcome, string> = {
  paused: ':pause_button: You paused your sequence',
  handoff_requested: ':raised_hand: You asked for a handoff',
  stood_down: ':white_flag: You stood down',
};

/** The alert after a button was used: outcome shown, buttons gone. */
export function conflictResolvedMessage(
  label: string,
  outcome: ConflictOutcome,
  when: Date,
  timezone: string,
  extra = '',
): SlackMessage {
  const text = `${outcomeText[outcome]} on *${escapeMrkdwn(label)}* (${formatWhen(when, timezone)}).${extra ? ` ${extra}` : ''}`;
  return { text: `${outcomeText[outcome].replace(/^:[a-z_]+: /, '')} on ${label}`, blocks: [section(text)] };
}
