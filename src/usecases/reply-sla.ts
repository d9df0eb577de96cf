import type { Deps } from '../deps.js';
import { decideOnce } from '../store/once.js';
import { type Reply, replyModel } from '../store/replies.js';
import { escapeMrkdwn, slackWhen } from '../views/text.js';
import { notify } from './notify.js';
import { refreshOwnerMessage } from './reply-messages.js';

export const REPLIES_SLA = 'replies:sla';
const DUE_SOON_MS = 15 * 60_000;

type Milestone = NonNullable<Reply['milestone']>;
const order: Milestone[] = ['half', 'due', 'breached'];

/** The latest milestone a reply has reached: half its time gone, 15 minutes left, breached. */
export function milestoneAt(r: Pick<Reply, 'receivedAt' | 'dueAt'>, now: Date): Milestone | undefined {
  if (!r.dueAt) return undefined;
  const due = r.dueAt.getTime();
  const t = now.getTime();
  if (t >= due) return 'breached';
  if (t >= due - DUE_SOON_MS) return 'due';
  if (t >= r.receivedAt.getTime() + (due - r.receivedAt.getTime()) / 2) return 'half';
  return undefined;
}

/**
 * The every-minute SLA check. The owner's DM is edited only when a milestone is reached
 * (each once, by unique insert), not every minute; a breach tells the backup and the lead.
 */
export async function checkReplySlas(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const open = await replyModel(deps.db)
    .find({ state: 'routed', dueAt: { $exists: true }, milestone: { $ne: 'breached' } })
    .lean<Reply[]>();
  let edited = 0;
  for (const r of open) {
    const m = milestoneAt(r, now);
    if (!m || (r.milestone && order.indexOf(r.milestone) >= order.indexOf(m))) continue;
    const first = await decideOnce(deps.db, `reply:${r._id}:milestone:${m}`, {
      by: 'system',
      outcome: m,
      at: now,
    });
    if (!first.first) continue;
    // Not over an answer given meanwhile (Mark replied sets its own milestone).
    await replyModel(deps.db).updateOne({ _id: r._id, state: 'routed' }, { $set: { milestone: m } });
    await refreshOwnerMessage(deps, { ...r, milestone: m });
    edited++;
    if (m === 'breached') await tellBackupAndLead(deps, r);
  }
  return edited;
}

async function tellBackupAndLead(deps: Deps, r: Reply): Promise<void> {
  const owner = r.owner ? deps.directory.member(r.owner) : undefined;
  if (!owner) return;
  const lead = deps.directory.teamOf(owner).leads[0];
  const text =
    `SLA breached: ${deps.directory.nameOf(owner.slack)} has not answered a reply from ${escapeMrkdwn(r.from)} ` +
    `(${escapeMrkdwn(r.domain)}, "${escapeMrkdwn(r.subject.slice(0, 120))}"), due ${slackWhen(r.dueAt as Date, deps.directory.timezoneOf(owner))}.`;
  for (const who of new Set([owner.backup, lead].filter((x): x is string => !!x && x !== owner.slack)))
    await notify(deps, { channel: who, text }, `reply:${r._id}:breach:${who}`);
}
