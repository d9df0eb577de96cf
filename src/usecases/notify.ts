import type { KnownBlock } from '@slack/types';
import { Types } from 'mongoose';
import type { Deps } from '../deps.js';
import { isDuplicateKey } from '../errors.js';
import { decideOnce } from '../store/once.js';
import { type OutboxMessage, outboxModel } from '../store/outbox.js';

export interface Notification {
  channel: string;
  text: string;
  blocks?: KnownBlock[];
  /** Outbox key of the message to reply under: sent in its thread once that one has a ts. */
  threadOf?: string;
}

/** Backoff between attempts: 1, 2, 4 … minutes, at most an hour. */
const backoffMs = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;

/** Attempts before a message is `failed` (about two hours of retrying): shown in /healthz. */
export const MAX_SEND_ATTEMPTS = 8;

/** Slack's Retry-After (seconds) on a 429, when the client reports one. */
const retryAfterMs = (e: unknown) => {
  const seconds = (e as { retryAfter?: unknown }).retryAfter;
  return typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : 0;
};

/**
 * Sends a Slack message through the outbox: stored first, then sent. `key` names the fact
 * the message is about, so the same fact (a Slack retry, a job run twice) is sent once.
 * A failed send stays pending for the retry job; the caller is never failed by Slack.
 */
export async function notify(
  deps: Deps,
  message: Notification,
  key = `msg:${new Types.ObjectId().toHexString()}`,
): Promise<void> {
  const now = deps.clock.now();
  const entry: OutboxMessage = {
    _id: key,
    ...message,
    status: 'pending',
    attempts: 0,
    // The first attempt is ours (we inserted the entry): the retry job leaves it alone until
    // this lease runs out, which only happens if we die while sending.
    nextAttemptAt: new Date(now.getTime() + FIRST_ATTEMPT_LEASE_MS),
    createdAt: now,
  };
  try {
    await outboxModel(deps.db).create(entry);
  } catch (e) {
    if (isDuplicateKey(e)) return; // already queued or sent for this fact
    throw e;
  }
  await send(deps, entry);
}

const FIRST_ATTEMPT_LEASE_MS = 120_000;

/** A retry, claimed by unique insert so two instances never send the same attempt. */
async function attempt(deps: Deps, entry: OutboxMessage): Promise<boolean> {
  const now = deps.clock.now();
  const mine = await decideOnce(deps.db, `outbox:${entry._id}:attempt:${entry.attempts + 1}`, {
    by: 'outbox',
    outcome: 'sending',
    at: now,
  });
  if (!mine.first) {
    // Someone is sending it now, or died while sending: after two minutes, give up that attempt.
    if (now.getTime() - mine.record.at.getTime() > 120_000) {
      await outboxModel(deps.db).updateOne(
        { _id: entry._id, attempts: entry.attempts },
        { $inc: { attempts: 1 } },
      );
    }
    return false;
  }
  return send(deps, entry);
}

/** Sends the message and records the outcome: sent (with its ts), or the next attempt's time. */
async function send(deps: Deps, entry: OutboxMessage): Promise<boolean> {
  const now = deps.clock.now();
  try {
    const threadTs = entry.threadOf ? await parentTs(deps, entry.threadOf) : undefined;
    const res = await deps.slack.chat.postMessage({
      channel: entry.channel,
      text: entry.text,
      blocks: entry.blocks as KnownBlock[] | undefined,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    await outboxModel(deps.db).updateOne(
      { _id: entry._id },
      // A DM posted to a user id lands in a D… channel: edits need that id, so keep it.
      {
        $set: { status: 'sent', sentAt: now, ts: res.ts, channel: res.channel ?? entry.channel },
        $inc: { attempts: 1 },
      },
    );
    return true;
  } catch (e) {
    const lastError = e instanceof Error ? e.message.slice(0, 500) : String(e);
    const attempts = entry.attempts + 1;
    const failed = attempts >= MAX_SEND_ATTEMPTS;
    deps.log.warn(
      { key: entry._id, err: lastError, attempts },
      failed ? 'Slack message failed for good' : 'Slack message not sent; will retry',
    );
    // Slack asking us to wait longer than our backoff (429 Retry-After) is obeyed.
    const waitMs = Math.max(backoffMs(attempts), retryAfterMs(e));
    await outboxModel(deps.db).updateOne(
      { _id: entry._id },
      {
        $set: {
          lastError,
          nextAttemptAt: new Date(now.getTime() + waitMs),
          ...(failed ? { status: 'failed' as const } : {}),
        },
        $inc: { attempts: 1 },
      },
    );
    return false;
  }
}

/**
 * Edits a message the outbox sent, found by its key (a DM's `D…` channel and ts are kept
 * on sending). Not sent yet, or Slack refusing the edit: logged and false, never thrown,
 * since a stale message is answered by its buttons ("already decided").
 */
export async function editSent(
  deps: Deps,
  key: string,
  message: { text: string; blocks?: KnownBlock[] },
): Promise<boolean> {
  const sent = await outboxModel(deps.db).findById(key).lean<OutboxMessage>();
  if (!sent?.ts) return false;
  try {
    await deps.slack.chat.update({ channel: sent.channel, ts: sent.ts, ...message });
    return true;
  } catch (err) {
    deps.log.warn({ err, key }, 'could not edit a sent message');
    return false;
  }
}

/** A thread reply waits for its parent: no ts yet means "not yet", retried like a failed send. */
async function parentTs(deps: Deps, key: string): Promise<string> {
  const parent = await outboxModel(deps.db).findById(key).lean<OutboxMessage>();
  if (!parent?.ts) throw new Error(`thread parent ${key} not sent yet`);
  return parent.ts;
}

/** The retry job: every pending message whose time has come, each on its own. */
export async function retryPending(deps: Deps, limit = 200): Promise<{ sent: number; failed: number }> {
  const due = await outboxModel(deps.db)
    .find({ status: 'pending', nextAttemptAt: { $lte: deps.clock.now() } })
    .sort({ nextAttemptAt: 1 })
    .limit(limit)
    .lean<OutboxMessage[]>();
  let sent = 0;
  for (const entry of due) {
    if (await attempt(deps, entry)) sent++;
  }
  return { sent, failed: due.length - sent };
}
