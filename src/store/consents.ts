import { type Connection, type Model, Schema, Types } from 'mongoose';
import { type ClaimReason, claimReasons } from '../policy/schema.js';

/** A rep asks the account owner for one contact inside the owner's account. */
export interface ConsentRequest {
  _id: Types.ObjectId;
  email: string;
  domain: string;
  requester: string;
  accountOwner: string;
  accountClaimId: Types.ObjectId;
  reason: ClaimReason;
  note: string;
  createdAt: Date;
}

const consentSchema = new Schema<ConsentRequest>(
  {
    email: { type: String, required: true },
    domain: { type: String, required: true },
    requester: { type: String, required: true },
    accountOwner: { type: String, required: true },
    accountClaimId: { type: Schema.Types.ObjectId, required: true },
    reason: { type: String, enum: claimReasons, required: true },
    note: { type: String, default: '' },
    createdAt: { type: Date, required: true },
  },
  { collection: 'consent_requests', versionKey: false },
);

export const consentModel = (db: Connection): Model<ConsentRequest> =>
  (db.models.ConsentRequest as Model<ConsentRequest> | undefined) ??
  db.model<ConsentRequest>('ConsentRequest', consentSchema);

export async function consentById(db: Connection, id: string): Promise<ConsentRequest | undefined> {
  if (!Types.ObjectId.isValid(id)) return undefined;
  return (await consentModel(db).findById(id).lean<ConsentRequest>()) ?? undefined;
}
