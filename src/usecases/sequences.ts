import { Types } from 'mongoose';
import type { Deps } from '../deps.js';
import { type Activity, activityModel } from '../store/activities.js';
import { callSequenceWebhook } from './sequence-webhook.js';

/**
 * A rep's sequences on an account, paused or resumed as a dispute decides: recorded first
 * (the evidence pack and /check read it), then the sequencer is told when a webhook is set.
 * A rep who is already in the asked-for state is left alone, so nothing is sent twice.
 */
export async function setSequences(
  deps: Deps,
  change: { member: string; domain: string; action: 'pause' | 'resume'; reason: string },
  /** The rep's activities on the account, oldest first, when the caller has read them already. */
  known?: readonly Activity[],
): Promise<{ result: 'sent' | 'not_configured' | 'failed' | 'unchanged'; recorded?: Activity }> {
  const isToggle = (a: Pick<Activity, 'type' | 'sequence'>) =>
    (a.type === 'sequence_pause' || a.type === 'sequence_resume') && a.sequence === undefined;
  const last = known
    ? known.filter((a) => a.member === change.member && isToggle(a)).at(-1)
    : await activityModel(deps.db)
        .findOne({
          member: change.member,
          domain: change.domain,
          type: { $in: ['sequence_pause', 'sequence_resume'] },
          sequence: { $exists: false },
        })
        .sort({ at: -1, recordedAt: -1 })
        .lean<Activity>();
  const pausedNow = last?.type === 'sequence_pause';
  if ((change.action === 'pause') === pausedNow) return { result: 'unchanged' };
  const now = deps.clock.now();
  const recorded: Activity = {
    _id: new Types.ObjectId().toHexString(),
    type: change.action === 'pause' ? 'sequence_pause' : 'sequence_resume',
    member: change.member,
    domain: change.domain,
    at: now,
    recordedAt: now,
  } as Activity;
  await activityModel(deps.db).create(recorded);
  const m = deps.directory.member(change.member);
  const result = await callSequenceWebhook(deps, {
    action: change.action,
    member: { slack: change.member, email: m?.email ?? '' },
    target: change.domain,
    reason: change.reason,
    at: now.toISOString(),
  });
  return { result, recorded };
}
