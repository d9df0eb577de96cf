import { type Connection, type Model, Schema } from 'mongoose';
import { isDuplicateKey } from '../errors.js';

/**
 * A rep's proposal at tier 1 ("hand over", "keep", "co-own"): one document per dispute, rep and
 * choice, written only by that rep. Two reps pressing at the same moment write two different
 * documents, so neither write can lose the other's (a $push on the dispute can, on a server
 * whose updates are read-modify-write: DESIGN.md), and whoever reads second sees both.
 */
export interface Proposal {
  _id: string; // `${escalationId}:${rep}:${choice}`
  escalationId: string;
  rep: string;
  choice: string;
  at: Date;
}

const proposalSchema = new Schema<Proposal>(
  {
    _id: { type: String, required: true },
    escalationId: { type: String, required: true, index: true },
    rep: { type: String, required: true },
    choice: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'proposals', versionKey: false },
);

export const proposalModel = (db: Connection): Model<Proposal> =>
  (db.models.Proposal as Model<Proposal> | undefined) ?? db.model<Proposal>('Proposal', proposalSchema);

/** Records (or re-dates) `rep`'s choice. */
export async function propose(db: Connection, escalationId: string, rep: string, choice: string, at: Date) {
  const write = () =>
    proposalModel(db).updateOne(
      { _id: `${escalationId}:${rep}:${choice}` },
      { $set: { escalationId, rep, choice, at } },
      { upsert: true },
    );
  // A double click races two upserts of one document: the loser's insert is a duplicate, and
  // trying again updates the document the winner created.
  await write().catch((e) => (isDuplicateKey(e) ? write() : Promise.reject(e)));
}

/** `rep`'s latest choice on the dispute, if any. */
export async function latestProposal(
  db: Connection,
  escalationId: string,
  rep: string,
): Promise<string | undefined> {
  const [latest] = await proposalModel(db)
    .find({ escalationId, rep })
    .sort({ at: -1 })
    .limit(1)
    .lean<Proposal[]>();
  return latest?.choice;
}
