import { type Connection, type Model, Schema } from 'mongoose';

/**
 * Slack messages the app owes someone. Stored before sending, so a Slack outage or a restart
 * loses nothing: the retry job sends what is still pending (DESIGN.md: nothing is lost).
 */
export interface OutboxMessage {
  _id: string; // what the message is about, e.g. "conflict:<alert>:challenger": one message per fact
  channel: string; // a user id (DM) or a channel id
  text: string;
  blocks?: unknown[];
  status: 'pending' | 'sent' | 'failed'; // failed: MAX_SEND_ATTEMPTS used up (notify.ts)
  attempts: number;
  nextAttemptAt: Date;
  lastError?: string;
  createdAt: Date;
  sentAt?: Date;
  ts?: string; // Slack's message ts once sent, for later edits
  threadOf?: string; // outbox key of the parent message, for thread replies
  edited?: boolean; // edited before it was sent: its sender shows the edit (message-edits.ts)
}

const outboxSchema = new Schema<OutboxMessage>(
  {
    _id: { type: String, required: true },
    channel: { type: String, required: true },
    text: { type: String, required: true },
    blocks: { type: [Schema.Types.Mixed], default: undefined },
    status: { type: String, enum: ['pending', 'sent', 'failed'], required: true },
    attempts: { type: Number, required: true },
    nextAttemptAt: { type: Date, required: true },
    lastError: { type: String },
    createdAt: { type: Date, required: true },
    sentAt: { type: Date },
    ts: { type: String },
    threadOf: { type: String },
    edited: { type: Boolean },
  },
  { collection: 'outbox', versionKey: false },
);

/** What /healthz shows of the outbox: messages still to send, and those given up on. */
export async function outboxBacklog(db: Connection): Promise<{ pending: number; failed: number }> {
  const [pending, failed] = await Promise.all([
    outboxModel(db).countDocuments({ status: 'pending' }),
    outboxModel(db).countDocuments({ status: 'failed' }),
  ]);
  return { pending, failed };
}

export const outboxModel = (db: Connection): Model<OutboxMessage> =>
  (db.models.OutboxMessage as Model<OutboxMessage> | undefined) ??
  db.model<OutboxMessage>('OutboxMessage', outboxSchema);
