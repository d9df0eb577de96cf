import { DateTime } from 'luxon';
import type { Deps } from '../deps.js';
import { type Reply, replyById } from '../store/replies.js';
import { clip, escapeMrkdwn } from '../views/text.js';
import { notify } from './notify.js';

export const FOLLOW_UP_REMINDER = 'replies:follow-up-reminder';

/**
 * "Not now, ping me in March": the sequence is already paused (a human answer); the owner
 * gets a reminder DM on the date the prospect named, at the start of their working day.
 */
export async function scheduleFollowUp(deps: Deps, r: Reply): Promise<void> {
  if (r.intent?.kind !== 'not_now' || !r.intent.followUp || !r.owner) return;
  const m = deps.directory.member(r.owner);
  const zone = m ? deps.directory.timezoneOf(m) : deps.directory.policy.timezone;
  const at = DateTime.fromISO(`${r.intent.followUp}T${deps.directory.policy.hours.start}`, {
    zone,
  }).toJSDate();
  const now = deps.clock.now();
  // One job per reply, whatever re-runs the routing (a crash, the pending sweep).
  await deps.jobs.agenda
    .create(FOLLOW_UP_REMINDER, { replyId: r._id })
    .schedule(at > now ? at : now)
    .unique({ 'data.replyId': r._id })
    .save();
}

/** The reminder itself: once per reply (the outbox key), to whoever owns the reply now. */
export async function remindFollowUp(deps: Deps, replyId: string): Promise<void> {
  const r = await replyById(deps.db, replyId);
  if (!r?.owner || r.intent?.kind !== 'not_now') return;
  await notify(
    deps,
    {
      channel: r.owner,
      text: `:alarm_clock: Time to follow up with ${escapeMrkdwn(r.fromName ? `${r.fromName} (${r.from})` : r.from)} at ${escapeMrkdwn(r.domain)}: on ${r.receivedAt.toISOString().slice(0, 10)} they asked to hear back around ${r.intent.followUp}. They wrote: "${escapeMrkdwn(clip(r.replyText, 300))}"`,
    },
    `reply:${r._id}:follow-up`,
  );
}
