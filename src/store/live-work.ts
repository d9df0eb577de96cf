import type { Connection } from 'mongoose';
import type { LiveWork } from '../domain/claim-rules.js';
import type { Category } from '../domain/classify-rules.js';
import { runningSequences } from '../domain/sequences.js';
import { type Activity, activityModel } from './activities.js';
import { oneOf } from './equality.js';
import { type Reply, replyModel } from './replies.js';

/** Replies that are a conversation (not an auto-reply, a bounce or an unsubscribe). */
const CONVERSATION: Category[] = ['interested', 'not_interested', 'other'];

/**
 * The live work on each contact from the records, in two queries for any number of them:
 * the sequences still running on it, and the owner of its latest reply since `since`.
 */
export async function liveWorkOn(
  db: Connection,
  emails: string[],
  since: Date,
): Promise<Map<string, LiveWork[]>> {
  const live = new Map<string, LiveWork[]>();
  if (emails.length === 0) return live;
  const [events, replies] = await Promise.all([
    activityModel(db)
      .find(
        { email: oneOf(emails), type: { $in: ['sequence_start', 'sequence_pause', 'sequence_resume'] } },
        { email: 1, type: 1, member: 1, sequence: 1, at: 1 },
      )
      .lean<Activity[]>(),
    replyModel(db)
      .find(
        {
          from: oneOf(emails),
          receivedAt: { $gte: since },
          owner: { $exists: true },
          category: { $in: CONVERSATION },
        },
        { from: 1, owner: 1, receivedAt: 1 },
      )
      .sort({ receivedAt: -1 })
      .lean<Pick<Reply, 'from' | 'owner' | 'receivedAt'>[]>(),
  ]);
  const add = (email: string, w: LiveWork) => live.set(email, [...(live.get(email) ?? []), w]);
  const byEmail = new Map<string, Activity[]>();
  for (const e of events) if (e.email) byEmail.set(e.email, [...(byEmail.get(e.email) ?? []), e]);
  for (const [email, list] of byEmail)
    for (const s of runningSequences(list))
      add(email, { kind: 'sequence', member: s.member, sequence: s.sequence });
  const seen = new Set<string>();
  for (const r of replies) {
    if (seen.has(r.from) || !r.owner) continue; // the latest reply decides
    seen.add(r.from);
    add(r.from, { kind: 'reply', member: r.owner, at: r.receivedAt });
  }
  return live;
}
