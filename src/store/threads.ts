import type { Connection } from 'mongoose';
import { type Activity, activityModel } from './activities.js';
import { type Reply, replyModel } from './replies.js';

/**
 * A reply's thread, read by equality only. FerretDB (the local and test server) pushes an
 * equality on an indexed field down to its index (about 3 ms at 5,000 replies) but answers `$in`
 * and `$or` by scanning the whole collection (about 200 ms there, and growing with it); MongoDB
 * serves both from the index, so this costs it a round trip or two more, side by side (one when
 * the message answered is the root, as it is for a first reply).
 *
 * A conversation is named by its root: RFC 5322 keeps the first message's id first in
 * References, so every reply in the conversation carries it; In-Reply-To names the message
 * answered.
 */
type Threaded = Pick<Reply, '_id' | 'inReplyTo' | 'references'>;

const rootOf = (r: Threaded) => r.references[0] ?? r.inReplyTo;

/** The newest earlier reply in this conversation that has an owner, if any. */
export async function earlierReplyInThread(db: Connection, r: Threaded): Promise<Reply | null> {
  const root = rootOf(r);
  const [sharing, answered] = await Promise.all([
    root
      ? replyModel(db)
          .findOne({ references: root, _id: { $ne: r._id }, owner: { $exists: true } })
          .sort({ receivedAt: -1 })
          .lean<Reply>()
      : null,
    // The message answered, when it is a reply we stored (the prospect answering themselves).
    r.inReplyTo && r.inReplyTo !== r._id
      ? replyModel(db)
          .findOne({ _id: r.inReplyTo, owner: { $exists: true } })
          .lean<Reply>()
      : null,
  ]);
  if (!sharing || !answered) return sharing ?? answered;
  return sharing.receivedAt > answered.receivedAt ? sharing : answered;
}

/** Our recorded send this reply answers: the message answered, else the conversation's root. */
export async function sendAnswered(db: Connection, r: Threaded): Promise<Activity | null> {
  const ids = [...new Set([r.inReplyTo, rootOf(r)].filter((x): x is string => !!x))];
  const found = await Promise.all(
    ids.map((id) => activityModel(db).findOne({ messageId: id }).lean<Activity>()),
  );
  return found.find((a) => !!a) ?? null;
}
