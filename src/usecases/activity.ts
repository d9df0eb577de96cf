import { Types } from 'mongoose';
import type { Deps } from '../deps.js';
import { accountKey, contactKey, type Target, targetLabel } from '../domain/target.js';
import { isDuplicateKey } from '../errors.js';
import type { Member } from '../policy/schema.js';
import { type Activity, type ActivityType, activityModel } from '../store/activities.js';
import { type Claim, claimModel, liveClaim } from '../store/claims.js';
import type { ConflictAlert } from '../store/conflicts.js';
import { autoClaim, reasonFor } from './auto-claim.js';
import { raiseConflict } from './conflict.js';

export interface ActivityInput {
  type: ActivityType;
  target: Target;
  member: Member;
  at: Date;
  sequence?: string;
  source?: string;
  messageId?: string;
  mailbox?: string;
}

export interface ActivityOutcome {
  /** false when this messageId was recorded before (idempotent intake). */
  recorded: boolean;
  activity: Activity;
  activated: Claim[];
  conflict?: ConflictAlert;
  /** The claim this record made (claims.autoClaim): it was the first outreach to a free account. */
  claimed?: Claim;
}

/** Outreach that counts as working the claim; a pause does not activate anything. */
const ACTIVATING: readonly ActivityType[] = ['outbound_email', 'call', 'meeting', 'sequence_start'];

/**
 * Records activity (idempotent on messageId), activates the member's own claims on that
 * contact/account, and raises the conflict alert when the target is someone else's.
 */
export async function recordActivity(deps: Deps, input: ActivityInput): Promise<ActivityOutcome> {
  const activity: Activity = {
    _id: input.messageId ? `msg:${input.messageId}` : new Types.ObjectId().toHexString(),
    type: input.type,
    domain: input.target.domain,
    email: input.target.level === 'contact' ? input.target.email : undefined,
    member: input.member.slack,
    at: input.at,
    sequence: input.sequence,
    source: input.source,
    mailbox: input.mailbox,
    // Stored without angle brackets, as replies' In-Reply-To and References are.
    messageId: input.messageId?.trim().replace(/^<|>$/g, ''),
    recordedAt: deps.clock.now(),
  };
  try {
    await activityModel(deps.db).create(activity);
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    const earlier = (await activityModel(deps.db).findById(activity._id).lean<Activity>()) ?? activity;
    return { recorded: false, activity: earlier, activated: [] };
  }

  const keys = [
    accountKey(input.target.domain),
    ...(input.target.level === 'contact' ? [contactKey(input.target.email)] : []),
  ];
  const claims = (await Promise.all(keys.map((k) => liveClaim(deps.db, k)))).filter((c): c is Claim => !!c);
  const mine = claims.filter((c) => c.owner === input.member.slack);
  const activated: Claim[] = [];
  if (ACTIVATING.includes(input.type)) {
    for (const claim of mine) {
      const set: Partial<Claim> = {
        lastActivityAt:
          claim.lastActivityAt && claim.lastActivityAt > input.at ? claim.lastActivityAt : input.at,
      };
      if (!claim.activatedAt) set.activatedAt = input.at;
      await claimModel(deps.db).updateOne({ _id: claim._id }, { $set: set });
      activated.push({ ...claim, ...set });
    }
  }
  // The most specific claim decides: a contact's claim over its account's. So a co-owner
  // writing to their own named contact is no conflict, though the account is the captain's.
  const specific = claims.find((c) => c.level === 'contact') ?? claims[0];
  const holder = specific && specific.owner !== input.member.slack ? specific : undefined;
  const conflict =
    holder && ACTIVATING.includes(input.type)
      ? await raiseConflict(deps, {
          challenger: input.member,
          holderClaim: holder,
          target: input.target,
          trigger: 'activity',
          sequence: input.sequence,
        })
      : undefined;
  const reason = reasonFor(input.type, input.sequence);
  const claimed =
    claims.length === 0 && reason && ACTIVATING.includes(input.type)
      ? await autoClaim(deps, {
          member: input.member,
          target: input.target,
          reason,
          why: firstOutreach(input),
          at: input.at,
          alertIfTaken: true,
        })
      : undefined;
  return { recorded: true, activity, activated, conflict, claimed };
}

const firstOutreach = (a: ActivityInput) => {
  const to = targetLabel(a.target);
  const what =
    a.type === 'sequence_start'
      ? `sequence ${a.sequence ?? ''} started on ${to}`.replace('  ', ' ')
      : `${a.type.replace(/_/g, ' ')} to ${to}${a.sequence ? ` (sequence ${a.sequence})` : ''}`;
  return `the first recorded outreach (${what})`;
};

/** A rep's sequence paused on an account (or one contact): recorded for the evidence pack and /check. */
export async function recordPause(
  deps: Deps,
  pause: { member: string; domain: string; email?: string; sequence?: string },
): Promise<void> {
  const now = deps.clock.now();
  await activityModel(deps.db).create({
    _id: new Types.ObjectId().toHexString(),
    type: 'sequence_pause',
    ...pause,
    at: now,
    recordedAt: now,
  });
}
