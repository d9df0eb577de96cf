import type { KnownBlock } from '@slack/types';
import type { Deps } from '../deps.js';
import { type OutboxMessage, outboxModel } from '../store/outbox.js';
import { sendsOf } from './notify.js';

type Edit = { text: string; blocks?: KnownBlock[] };

/**
 * Edits a message the outbox holds, found by its key (a DM's `D…` channel and ts are kept on
 * sending). One not sent yet (its send failed and waits for the retry job, or is still on its
 * way in another instance) is edited where it is stored, so it goes out as edited; its sender
 * shows the edit if it posted the old text meanwhile (notify.ts). Slack refusing the edit:
 * logged and false, never thrown, since a stale message is answered by its buttons ("already
 * decided").
 */
export async function editSent(
  deps: Deps,
  key: string,
  edit: Edit | ((sent: Edit) => Edit),
): Promise<boolean> {
  await sendsOf(deps).get(key);
  let sent = await outboxModel(deps.db).findById(key).lean<OutboxMessage>();
  if (!sent) return false;
  const message = (held: OutboxMessage) =>
    typeof edit === 'function'
      ? edit({ text: held.text, blocks: held.blocks as KnownBlock[] | undefined })
      : edit;
  if (!sent.ts) {
    const edited = message(sent);
    const stored = await outboxModel(deps.db).updateOne(
      { _id: key, ts: { $exists: false } },
      { $set: { text: edited.text, blocks: edited.blocks, edited: true } },
    );
    if (stored.matchedCount) return true;
    // Sent in between: edit it in Slack.
    sent = await outboxModel(deps.db).findById(key).lean<OutboxMessage>();
    if (!sent?.ts) return false;
  }
  try {
    await deps.slack.chat.update({ channel: sent.channel, ts: sent.ts, ...message(sent) });
    return true;
  } catch (err) {
    deps.log.warn({ err, key }, 'could not edit a sent message');
    return false;
  }
}

/**
 * An edit nobody needs to wait for (a job settling a tier's messages), so no job waits on
 * Slack: it runs on, after any edit of the same message still under way here (so the last one
 * asked for is the last one shown), and shutdown waits for it like a send.
 */
export function editLater(deps: Deps, key: string, edit: Edit | ((sent: Edit) => Edit)): void {
  const sends = sendsOf(deps);
  const slot = `edit:${key}`;
  const before = sends.get(slot);
  const editing: Promise<boolean> = (async () => {
    await before;
    return editSent(deps, key, edit);
  })()
    .catch((err) => {
      deps.log.warn({ err, key }, 'could not edit a sent message');
      return false;
    })
    .finally(() => {
      if (sends.get(slot) === editing) sends.delete(slot);
    });
  sends.set(slot, editing);
}
