import type { KnownBlock } from '@slack/types';
import type { Claim } from '../store/claims.js';
import { actions, button, context, section } from './blocks.js';
import type { SlackMessage } from './claims-list.js';
import { claimActions } from './ids.js';
import { escapeMrkdwn, formatWhen, slackWhen } from './text.js';

export const claimLabel = (c: Pick<Claim, 'email' | 'domain'>) => c.email ?? c.domain;
export const reasonText = (r: string) => r.replace(/_/g, ' ');

/** The buttons every claim carries: Extend, Release, Log activity. */
export function claimButtons(claim: Claim) {
  const id = claim._id.toHexString();
  return actions(
    button('Extend', claimActions.extend, id),
    button('Log activity', claimActions.logActivity, id),
    button('Release', claimActions.release, id, 'danger'),
  );
}

/** After a successful /claim: what, level, reason, activation deadline, expiry, and the buttons. */
export function claimedMessage(
  claim: Claim,
  timezone: string,
  contactsOfOthers: { label: string; owner: string }[] = [],
): SlackMessage {
  const label = escapeMrkdwn(claimLabel(claim));
  const blocks: KnownBlock[] = [
    section(
      `:white_check_mark: *${label}* is yours (${claim.level}, ${reasonText(claim.reason)}).\n` +
        `Log activity by *${slackWhen(claim.activateBy, timezone)}* or the claim lapses. It expires *${slackWhen(claim.expiresAt, timezone)}*.`,
    ),
  ];
  if (contactsOfOthers.length > 0) {
    const list = contactsOfOthers
      .map((c) => `${escapeMrkdwn(c.label)} (${escapeMrkdwn(c.owner)})`)
      .join(', ');
    blocks.push(
      context(`:warning: Contacts here are claimed by others: ${list}. Leave them to their owners.`),
    );
  }
  blocks.push(claimButtons(claim));
  return { text: `${claimLabel(claim)} is yours until ${formatWhen(claim.expiresAt, timezone)}`, blocks };
}

export function alreadyYoursMessage(claim: Claim, timezone: string): SlackMessage {
  return {
    text: `You already own ${claimLabel(claim)}`,
    blocks: [
      section(
        `You already own *${escapeMrkdwn(claimLabel(claim))}* (${reasonText(claim.reason)}), until ${slackWhen(claim.expiresAt, timezone)}.`,
      ),
      claimButtons(claim),
    ],
  };
}

export function plainMessage(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}
