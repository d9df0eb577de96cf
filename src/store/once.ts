import { type Connection, type Model, Schema } from 'mongoose';
import { isDuplicateKey } from '../errors.js';

/**
 * Exactly-once decisions by unique insert (DESIGN.md). `decideOnce(db, key, …)` returns the
 * stored decision: ours when we inserted first, someone else's when they did. Works the same
 * for a double click, a Slack retry, an Agenda job run twice and two app instances.
 */
export interface OnceRecord {
  _id: string;
  by: string;
  outcome: string;
  at: Date;
}

const onceSchema = new Schema<OnceRecord>(
  {
    _id: { type: String, required: true },
    by: { type: String, required: true },
    outcome: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'decisions', versionKey: false },
);

export const onceModel = (db: Connection): Model<OnceRecord> =>
  (db.models.OnceRecord as Model<OnceRecord> | undefined) ?? db.model<OnceRecord>('OnceRecord', onceSchema);

export async function decideOnce(
  db: Connection,
  key: string,
  decision: Omit<OnceRecord, '_id'>,
): Promise<{ first: boolean; record: OnceRecord }> {
  try {
    const record = { _id: key, ...decision };
    await onceModel(db).create(record);
    return { first: true, record };
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    const record = await onceModel(db).findById(key).lean<OnceRecord>();
    if (!record) throw e;
    return { first: false, record };
  }
}

export async function decisionFor(db: Connection, key: string): Promise<OnceRecord | null> {
  return onceModel(db).findById(key).lean<OnceRecord>();
}
