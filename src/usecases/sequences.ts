import { Types } from 'mongoose';
import type { Deps } from '../deps.js';
import { activityModel } from '../store/activities.js';
import { callSequenceWebhook } from './sequence-webhook.js';

/**
 * A rep's sequences on an account, paused or resumed as a dispute decides: recorded first
 * (the evidence pack and /check read it), then the sequencer is told when a webhook is set.
 * A rep who is already in the asked-for state is left alone, so nothing is sent twice.
 */
export async function setSequences(
  deps: Deps,
  change: { member: string; domain: string; action: 'pause' | 'resume'; reason: string },
): Promise<'sent' | 'not_configured' | 'failed' | 'unchanged'> {
  const last = await activityModel(deps.db)
    .findOne({
      member: change.member,
      domain: change.domain,
      type: { $in: ['sequence_pause', 'sequence_resume'] },
      sequence: { $exists: false },
    })
    .sort({ at: -1, recordedAt: -1 })
    .lean();
  const pausedNow = last?.type === 'sequence_pause';
  if ((change.action === 'pause') === pausedNow) return 'unchanged';
  const now = deps.clock.now();
  await activityModel(deps.db).create({
    _id: new Types.ObjectId().toHexString(),
    type: change.action === 'pause' ? 'sequence_pause' : 'sequence_resume',
    member: change.member,
    domain: change.domain,
    at: now,
    recordedAt: now,
  });
  const m = deps.directory.member(change.member);
  return callSequenceWebhook(deps, {
    action: change.action,
    member: { slack: change.member, email: m?.email ?? '' },
    target: change.domain,
    reason: change.reason,
    at: now.toISOString(),
  });
}
