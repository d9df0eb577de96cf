import type { KnownBlock } from '@slack/types';
import { Types } from 'mongoose';
import type { Deps } from '../deps.js';
import { isDuplicateKey } from '../errors.js';
import { decideOnce } from '../store/once.js';
import { type OutboxMessage, outboxModel } from '../store/outbox.js';
import { recoverAfterMs } from './recover.js';

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
 * Sends a Slack message through the outbox: stored first, then sent without the caller
 * waiting. `key` names the fact the message is about, so the same fact (a Slack retry, a job
 * run twice) is sent once. A failed send stays pending for the retry job; the caller is never
 * failed or held up by Slack.
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
    // this lease (RECOVER_AFTER) runs out, which only happens if we die while sending; it then
    // looks in Slack before sending again.
    nextAttemptAt: new Date(now.getTime() + recoverAfterMs(deps)),
    createdAt: now,
  };
  try {
    await outboxModel(deps.db).create(entry);
  } catch (e) {
    if (isDuplicateKey(e)) return; // already queued or sent for this fact
    throw e;
  }
  // Stored is enough for the caller: nobody waits on Slack (a request, a listener, a job). The
  // first attempt runs on; whatever it cannot send, the retry job sends after the lease.
  const sends = sendsOf(deps);
  const sending = send(deps, entry)
    .catch((err) => {
      deps.log.warn({ err, key }, 'Slack message not sent; the retry job will');
      return false;
    })
    .finally(() => sends.delete(key));
  sends.set(key, sending);
}

/**
 * First attempts still running in this process, by outbox key (per database: tests and the
 * sandbox run several apps in one process). A thread reply and an edit wait for their
 * message's send; shutting down waits for all of them.
 */
const inFlight = new WeakMap<object, Map<string, Promise<boolean>>>();
export function sendsOf(deps: Pick<Deps, 'db'>): Map<string, Promise<boolean>> {
  const sends = inFlight.get(deps.db) ?? new Map<string, Promise<boolean>>();
  inFlight.set(deps.db, sends);
  return sends;
}

/** Waits for every first attempt still running (before the database closes). */
export async function settleSends(deps: Pick<Deps, 'db'>): Promise<void> {
  await Promise.all(sendsOf(deps).values());
}

/** A retry, claimed by unique insert so two instances never send the same attempt. */
async function attempt(deps: Deps, entry: OutboxMessage): Promise<boolean> {
  if (sendsOf(deps).has(entry._id)) return false; // its first send is still under way here
  const now = deps.clock.now();
  const mine = await decideOnce(deps.db, `outbox:${entry._id}:attempt:${entry.attempts + 1}`, {
    by: 'outbox',
    outcome: 'sending',
    at: now,
  });
  if (!mine.first) {
    // Someone is sending it now, or died while sending: after RECOVER_AFTER, give up that attempt.
    if (now.getTime() - mine.record.at.getTime() > recoverAfterMs(deps)) {
      await outboxModel(deps.db).updateOne(
        { _id: entry._id, attempts: entry.attempts },
        { $inc: { attempts: 1 } },
      );
    }
    return false;
  }
  // A retry follows an attempt whose outcome we may not know (the app died after Slack took
  // the message, or Slack answered 500 after posting it): look before sending again.
  const posted = await alreadyPosted(deps, entry);
  if (posted) {
    await recordSent(deps, entry, posted, now, true);
    return true;
  }
  return send(deps, entry);
}

/**
 * Marks a message sent. One edited while it was on its way (message-edits.ts stores an edit of
 * a message not sent yet) is then shown as edited: Slack has what was posted, the outbox what
 * it should say. `postedEarlier`: found already in Slack, content unknown.
 */
async function recordSent(
  deps: Deps,
  entry: OutboxMessage,
  where: { ts: string; channel: string },
  now: Date,
  postedEarlier: boolean,
): Promise<void> {
  const after = await outboxModel(deps.db)
    .findOneAndUpdate(
      { _id: entry._id },
      { $set: { status: 'sent', sentAt: now, ...where }, $inc: { attempts: 1 } },
      { returnDocument: 'after' },
    )
    .lean<OutboxMessage>();
  const changed =
    after?.edited &&
    (postedEarlier ||
      after.text !== entry.text ||
      JSON.stringify(after.blocks) !== JSON.stringify(entry.blocks));
  if (!after || !changed) return;
  try {
    await deps.slack.chat.update({
      channel: where.channel,
      ts: where.ts,
      text: after.text,
      blocks: after.blocks as KnownBlock[] | undefined,
    });
  } catch (err) {
    deps.log.warn({ err, key: entry._id }, 'could not show an edit made while the message was on its way');
  }
}

const OUTBOX_EVENT = 'claimdesk_message';

/**
 * The message as Slack already has it, found by the outbox key in its metadata among the
 * conversation's messages since it was stored (a thread's replies for a thread reply).
 * Undefined when it is not there, or when Slack cannot say (then it is sent: at least once).
 */
async function alreadyPosted(
  deps: Deps,
  entry: OutboxMessage,
): Promise<{ ts: string; channel: string } | undefined> {
  try {
    const channel = /^[UW]/.test(entry.channel)
      ? ((await deps.slack.conversations.open({ users: entry.channel })).channel?.id ?? entry.channel)
      : entry.channel;
    const oldest = String(Math.floor(entry.createdAt.getTime() / 1000) - 60);
    const parent = entry.threadOf
      ? await outboxModel(deps.db).findById(entry.threadOf).lean<OutboxMessage>()
      : undefined;
    const { messages = [] } = parent?.ts
      ? await deps.slack.conversations.replies({ channel, ts: parent.ts, include_all_metadata: true })
      : await deps.slack.conversations.history({ channel, oldest, limit: 200, include_all_metadata: true });
    const found = messages.find(
      (m) =>
        m.metadata?.event_type === OUTBOX_EVENT &&
        (m.metadata.event_payload as { key?: unknown } | undefined)?.key === entry._id,
    );
    return found?.ts ? { ts: found.ts, channel } : undefined;
  } catch (err) {
    deps.log.warn({ err, key: entry._id }, 'could not look for an earlier send; sending');
    return undefined;
  }
}

/** Sends the message and records the outcome: sent (with its ts), or the next attempt's time. */
async function send(deps: Deps, entry: OutboxMessage): Promise<boolean> {
  const now = deps.clock.now();
  try {
    const threadTs = entry.threadOf ? await parentTs(deps, entry.threadOf) : undefined;
    const res = await deps.slack.chat.postMessage({
      channel: await conversationOf(deps, entry.channel),
      text: entry.text,
      blocks: entry.blocks as KnownBlock[] | undefined,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      // The outbox key travels with the message, so a retry can tell it already went out.
      metadata: { event_type: OUTBOX_EVENT, event_payload: { key: entry._id } },
    });
    // A DM posted to a user id lands in a D… channel: edits need that id, so keep it.
    await recordSent(
      deps,
      entry,
      { ts: res.ts as string, channel: res.channel ?? entry.channel },
      now,
      false,
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
    if (failed && !entry._id.startsWith(UNDELIVERED)) await tellRevOps(deps, entry, lastError);
    return false;
  }
}

/**
 * Where to post: a channel or a user id as given (Slack posts to a user id in the app's DM with
 * them); a list of user ids ("U1,U2") is their group DM with the app, opened at send time so
 * the outbox keeps who it is for, not an id a failed open never gave (mpim:write).
 */
async function conversationOf(deps: Deps, channel: string): Promise<string> {
  if (!channel.includes(',')) return channel;
  const opened = await deps.slack.conversations.open({ users: channel });
  if (!opened.channel?.id) throw new Error(`conversations.open gave no channel for ${channel}`);
  return opened.channel.id;
}

const UNDELIVERED = 'undelivered:';

/** RevOps hears of a message given up on (once; a report that fails itself is not reported). */
async function tellRevOps(deps: Deps, entry: OutboxMessage, lastError: string): Promise<void> {
  const to = /^[UW]/.test(entry.channel) ? `<@${entry.channel}>` : `<#${entry.channel}>`;
  const text = `:warning: A ClaimDesk message to ${to} could not be delivered after ${MAX_SEND_ATTEMPTS} attempts (Slack said: ${lastError.slice(0, 200)}). It said: "${entry.text.slice(0, 300)}"`;
  await notify(deps, { channel: deps.directory.policy.channels.ops, text }, `${UNDELIVERED}${entry._id}`);
}

/** A thread reply waits for its parent: no ts yet means "not yet", retried like a failed send. */
async function parentTs(deps: Deps, key: string): Promise<string> {
  await sendsOf(deps).get(key);
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
