import { type Connection, type Model, Schema } from 'mongoose';
import type { EscalationOutcome } from './escalations.js';

/**
 * The account's decision log: every settled dispute, one entry per dispute (`_id` is the
 * escalation id, so a decision applied twice is logged once). /check and the weekly review read it.
 */
export interface AccountDecision {
  _id: string;
  key: string;
  domain: string;
  holder: string;
  challenger: string;
  outcome: EscalationOutcome;
  by: string;
  at: Date;
  sender: string;
  pauser?: string;
  rationale?: string;
  ruleChange?: string;
}

const schema = new Schema<AccountDecision>(
  {
    _id: { type: String, required: true },
    key: { type: String, required: true, index: true },
    domain: { type: String, required: true },
    holder: { type: String, required: true },
    challenger: { type: String, required: true },
    outcome: { type: String, required: true },
    by: { type: String, required: true },
    at: { type: Date, required: true },
    sender: { type: String, required: true },
    pauser: { type: String },
    rationale: { type: String },
    ruleChange: { type: String },
  },
  { collection: 'account_decisions', versionKey: false },
);

export const accountDecisionModel = (db: Connection): Model<AccountDecision> =>
  (db.models.AccountDecision as Model<AccountDecision> | undefined) ??
  db.model<AccountDecision>('AccountDecision', schema);

export async function decisionsOn(db: Connection, key: string, limit = 5): Promise<AccountDecision[]> {
  return accountDecisionModel(db).find({ key }).sort({ at: -1 }).limit(limit).lean<AccountDecision[]>();
}
