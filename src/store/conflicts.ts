import { type Connection, type Model, Schema, Types } from 'mongoose';

export const conflictOutcomes = ['paused', 'handoff_requested', 'stood_down', 'proceeded'] as const;
export type ConflictOutcome = (typeof conflictOutcomes)[number];

/** A rep ran into someone else's claim. The alert's buttons act on this record. */
export interface ConflictAlert {
  _id: Types.ObjectId;
  key: string;
  domain: string;
  label: string; // what the challenger typed, normalised: acme.com or jane@acme.com
  claimId: Types.ObjectId;
  owner: string;
  challenger: string;
  trigger: 'claim' | 'activity' | 'check';
  sequence?: string;
  createdAt: Date;
}

const conflictSchema = new Schema<ConflictAlert>(
  {
    key: { type: String, required: true },
    domain: { type: String, required: true },
    label: { type: String, required: true },
    claimId: { type: Schema.Types.ObjectId, required: true },
    owner: { type: String, required: true },
    challenger: { type: String, required: true },
    trigger: { type: String, required: true },
    sequence: { type: String },
    createdAt: { type: Date, required: true },
  },
  { collection: 'conflict_alerts', versionKey: false },
);

export const conflictModel = (db: Connection): Model<ConflictAlert> =>
  (db.models.ConflictAlert as Model<ConflictAlert> | undefined) ??
  db.model<ConflictAlert>('ConflictAlert', conflictSchema);

export async function conflictById(db: Connection, id: string): Promise<ConflictAlert | undefined> {
  if (!Types.ObjectId.isValid(id)) return undefined;
  return (await conflictModel(db).findById(id).lean<ConflictAlert>()) ?? undefined;
}
