import { type Connection, type Model, Schema } from 'mongoose';
import { isDuplicateKey } from '../errors.js';

/**
 * A single-leader lease (the inbox reader): whoever inserts `_id` holds it until
 * `expiresAt`, renewing as it goes. Taken by unique insert, never by find-and-modify
 * (DESIGN.md), so two app instances never both read the inbox.
 */
export interface Lease {
  _id: string;
  holder: string;
  expiresAt: Date;
}

const schema = new Schema<Lease>(
  {
    _id: { type: String, required: true },
    holder: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'leases', versionKey: false },
);

export const leaseModel = (db: Connection): Model<Lease> =>
  (db.models.Lease as Model<Lease> | undefined) ?? db.model<Lease>('Lease', schema);

/** Takes the lease, or renews it when `holder` has it. False while someone else holds it. */
export async function holdLease(
  db: Connection,
  name: string,
  holder: string,
  ms: number,
  now: Date,
): Promise<boolean> {
  const leases = leaseModel(db);
  const expiresAt = new Date(now.getTime() + ms);
  const renewed = await leases.updateOne({ _id: name, holder }, { $set: { expiresAt } });
  if (renewed.matchedCount === 1) return true;
  const current = await leases.findById(name).lean<Lease>();
  // An expired lease is removed only if it is still that same lease (holder and expiry match).
  if (current && current.expiresAt <= now)
    await leases.deleteOne({ _id: name, holder: current.holder, expiresAt: current.expiresAt });
  else if (current) return false;
  try {
    await leases.create({ _id: name, holder, expiresAt });
    return true;
  } catch (e) {
    if (isDuplicateKey(e)) return false;
    throw e;
  }
}

export async function releaseLease(db: Connection, name: string, holder: string): Promise<void> {
  await leaseModel(db).deleteOne({ _id: name, holder });
}
