import { statusText } from '../store/contacts.js';
import type { ClaimOutcome } from '../usecases/claim.js';
import { liveText } from './check.js';
import { alreadyYoursMessage, claimedMessage, claimLabel, plainMessage, reasonText } from './claims.js';
import type { SlackMessage } from './claims-list.js';
import { escapeMrkdwn, slackWhen } from './text.js';

/** The ephemeral answer to /claim for each outcome of the use case. */
export function claimOutcomeMessage(
  outcome: ClaimOutcome,
  nameOf: (id: string) => string,
  timezone: string,
): SlackMessage {
  switch (outcome.kind) {
    case 'claimed':
      return claimedMessage(
        outcome.claim,
        timezone,
        outcome.contactsOfOthers.map((c) => ({ label: claimLabel(c), owner: nameOf(c.owner) })),
      );
    case 'already_yours':
      return alreadyYoursMessage(outcome.claim, timezone);
    case 'conflict': {
      const h = outcome.holderClaim;
      const stop = outcome.check.verdict === 'blocked' ? ':no_entry: Blocked' : ':warning: Not yours';
      return plainMessage(
        `${stop}: *${escapeMrkdwn(claimLabel(h))}* is claimed by *${escapeMrkdwn(nameOf(h.owner))}* (${reasonText(h.reason)}) ` +
          `until ${slackWhen(h.expiresAt, timezone)}. Check your DMs for what you can do next.`,
      );
    }
    case 'suppressed':
      return plainMessage(
        `:no_entry: Nobody may write to this contact: it ${statusText[outcome.status]} on ${slackWhen(outcome.at, timezone)}${outcome.until ? `, until ${slackWhen(outcome.until, timezone)}` : ''}.`,
      );
    case 'under_review':
      return plainMessage(
        `:no_entry: Blocked: this account is under review since ${slackWhen(outcome.since, timezone)}, decision due ${slackWhen(outcome.dueAt, timezone)}. ` +
          `Only ${escapeMrkdwn(nameOf(outcome.holder))} may contact it meanwhile.`,
      );
    case 'live_elsewhere':
      return plainMessage(`:no_entry: Blocked: ${liveText(outcome.live, nameOf, timezone)}`);
    case 'consent_requested':
      return plainMessage(
        `:hourglass_flowing_sand: *${escapeMrkdwn(outcome.accountClaim.domain)}* belongs to *${escapeMrkdwn(nameOf(outcome.accountClaim.owner))}*. ` +
          'They were asked to approve your contact claim; you will get a DM with the answer. Until then it is pending: do not send.',
      );
    case 'standing_owner':
      return plainMessage(
        outcome.yours
          ? `:white_check_mark: *${escapeMrkdwn(outcome.domain)}* is yours for good: you are its account owner in the team's policy, so there is nothing to claim.`
          : `:no_entry: Blocked: *${escapeMrkdwn(outcome.domain)}* belongs to *${escapeMrkdwn(nameOf(outcome.owner))}*, its account owner in the team's policy (a claim that never expires). ` +
              `Talk to them before you write; RevOps changes an account's owner in the policy.`,
      );
  }
}
