import { type Connection, type Model, Schema } from 'mongoose';

/**
 * Pre-send checks that answered "blocked": each is a duplicate email that did not go out.
 * Counted per UTC day and per asker (a member's Slack id, or "api"), one document each, so
 * a 10,000-row list check is one write, not 10,000.
 */
export interface PreventedSends {
  _id: string; // "<YYYY-MM-DD>:<by>"
  day: string;
  by: string;
  blocked: number;
}

const schema = new Schema<PreventedSends>(
  {
    _id: { type: String, required: true },
    day: { type: String, required: true, index: true },
    by: { type: String, required: true },
    blocked: { type: Number, required: true },
  },
  { collection: 'prevented_sends', versionKey: false },
);

export const preventedSendsModel = (db: Connection): Model<PreventedSends> =>
  (db.models.PreventedSends as Model<PreventedSends> | undefined) ??
  db.model<PreventedSends>('PreventedSends', schema);

export async function countPreventedSends(db: Connection, by: string, at: Date, blocked: number) {
  if (blocked <= 0) return;
  const day = at.toISOString().slice(0, 10);
  await preventedSendsModel(db).updateOne(
    { _id: `${day}:${by}` },
    { $inc: { blocked }, $setOnInsert: { day, by } },
    { upsert: true },
  );
}

/** Blocked checks per asker on the UTC days from `from` to `to` (inclusive of both days). */
export async function preventedSendsBetween(db: Connection, from: Date, to: Date): Promise<PreventedSends[]> {
  return preventedSendsModel(db)
    .find({ day: { $gte: from.toISOString().slice(0, 10), $lte: to.toISOString().slice(0, 10) } })
    .lean<PreventedSends[]>();
}
