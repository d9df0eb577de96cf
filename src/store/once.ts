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
  /**
   * Set while the decision's effects are being applied (intent first, DESIGN.md): `data` says
   * what to apply, and the minute sweep re-drives what a crash left pending.
   */
  pending?: boolean;
  data?: Record<string, unknown>;
}

const onceSchema = new Schema<OnceRecord>(
  {
    _id: { type: String, required: true },
    by: { type: String, required: true },
    outcome: { type: String, required: true },
    at: { type: Date, required: true },
    // The minute sweep looks for pending ones among every decision ever taken.
    pending: { type: Boolean, index: true },
    data: { type: Schema.Types.Mixed },
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

/**
 * A decision with effects, intent first: the unique insert records `data` (what to apply) as
 * pending, `apply` runs, then it is settled. False when someone else decided first. A crash in
 * `apply` leaves it pending for the sweep (usecases/half-done.ts).
 */
export async function decideAndApply(
  db: Connection,
  key: string,
  decision: Omit<OnceRecord, '_id' | 'pending'>,
  apply: () => Promise<unknown>,
): Promise<boolean> {
  const first = await decideOnce(db, key, { ...decision, pending: true });
  if (!first.first) return false;
  await apply();
  await settleOnce(db, key);
  return true;
}

/** The decision's effects are all applied: nothing left for the sweep. */
export async function settleOnce(db: Connection, key: string): Promise<void> {
  await onceModel(db).updateOne({ _id: key }, { $unset: { pending: 1 } });
}

/** Decisions whose effects a crash or an error left pending since before `before`. */
export async function pendingDecisions(db: Connection, before: Date): Promise<OnceRecord[]> {
  return onceModel(db)
    .find({ pending: true, at: { $lte: before } })
    .limit(200)
    .lean<OnceRecord[]>();
}
