import type { Deps } from '../deps.js';
import { outboxModel } from '../store/outbox.js';

/** Where a message the app posted is: its channel and ts. */
export interface MessageRef {
  channel: string;
  ts: string;
}

/** The sent messages among these outbox keys, by key (a message not sent yet has no place). */
export async function sentMessages(deps: Deps, keys: string[]): Promise<Map<string, MessageRef>> {
  if (keys.length === 0) return new Map();
  const sent = await outboxModel(deps.db)
    .find({ _id: { $in: keys }, ts: { $exists: true } }, { channel: 1, ts: 1 })
    .lean<{ _id: string; channel: string; ts: string }[]>();
  return new Map(sent.map((m) => [m._id, { channel: m.channel, ts: m.ts }]));
}

/**
 * Links to messages (chat.getPermalink), by the caller's id; none where Slack says no, since a
 * link is a convenience and the item is listed without it.
 */
export async function permalinks(
  deps: Deps,
  refs: (MessageRef & { id: string })[],
): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  await Promise.all(
    refs.map(async (ref) => {
      const res = await deps.slack.chat
        .getPermalink({ channel: ref.channel, message_ts: ref.ts })
        .catch(() => undefined);
      if (res?.permalink) links.set(ref.id, res.permalink);
    }),
  );
  return links;
}
