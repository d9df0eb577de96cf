import { type Connection, type Model, Schema, Types } from 'mongoose';
import type { EscalationState, Tier } from '../domain/escalation.js';

export const escalationOutcomes = ['keep', 'handover', 'co_own'] as const;
export type EscalationOutcome = (typeof escalationOutcomes)[number];

/** A dispute over one account between its holder and a challenger, climbing three tiers. */
export interface Escalation {
  _id: Types.ObjectId;
  key: string; // the account's lock key
  domain: string;
  holder: string;
  challenger: string;
  holderClaimId: Types.ObjectId;
  reason: string; // the challenger's one line
  /** Contacts the challenger would take if the reps co-own (holder stays captain). */
  contacts: string[];
  state: EscalationState;
  dueAt: Date; // end of the current tier's timebox
  openedAt: Date;
  /** Messages showing the dispute, edited in place when it is decided. */
  messages: { tier: Tier; channel: string; ts: string }[];
  /** Tier 1: what each rep proposed. Hand over / Co-own need both. */
  interim?: { sender: string; pauser: string; why: string; at: Date };
  decision?: EscalationDecision;
}

/** What was decided. Buttons give outcome and by; the RevOps modal fills in the rest. */
export interface EscalationDecision {
  outcome: EscalationOutcome;
  by: string; // a member's Slack id, or "system" for a default that became final
  at: Date;
  sender: string; // writes to the prospect next
  pauser?: string; // pauses; none when the reps co-own
  ownerUntil?: Date; // a transfer's end: the new claim expires then
  mergeNotes?: boolean;
  recheckOn?: string; // ISO date RevOps looks at it again
  rationale?: string;
  ruleChange?: string; // a routing/territory rule that needs changing, for the weekly review
}

const escalationSchema = new Schema<Escalation>(
  {
    key: { type: String, required: true },
    domain: { type: String, required: true },
    holder: { type: String, required: true },
    challenger: { type: String, required: true },
    holderClaimId: { type: Schema.Types.ObjectId, required: true },
    reason: { type: String, required: true },
    contacts: { type: [String], default: [] },
    state: { type: String, required: true },
    dueAt: { type: Date, required: true },
    openedAt: { type: Date, required: true },
    messages: { type: [{ _id: false, tier: String, channel: String, ts: String }], default: [] },
    interim: { type: { _id: false, sender: String, pauser: String, why: String, at: Date } },
    decision: {
      type: {
        _id: false,
        outcome: String,
        by: String,
        at: Date,
        sender: String,
        pauser: String,
        ownerUntil: Date,
        mergeNotes: Boolean,
        recheckOn: String,
        rationale: String,
        ruleChange: String,
      },
    },
  },
  { collection: 'escalations', versionKey: false },
);

/** "Under review": one open dispute per account, by unique `_id` (the account key). */
export interface ReviewLock {
  _id: string;
  escalationId: Types.ObjectId;
  holder: string;
  since: Date;
  dueAt: Date;
}

const reviewLockSchema = new Schema<ReviewLock>(
  {
    _id: { type: String, required: true },
    escalationId: { type: Schema.Types.ObjectId, required: true },
    holder: { type: String, required: true },
    since: { type: Date, required: true },
    dueAt: { type: Date, required: true },
  },
  { collection: 'review_locks', versionKey: false },
);

export const escalationModel = (db: Connection): Model<Escalation> =>
  (db.models.Escalation as Model<Escalation> | undefined) ??
  db.model<Escalation>('Escalation', escalationSchema);
export const reviewLockModel = (db: Connection): Model<ReviewLock> =>
  (db.models.ReviewLock as Model<ReviewLock> | undefined) ??
  db.model<ReviewLock>('ReviewLock', reviewLockSchema);

export async function escalationById(db: Connection, id: string): Promise<Escalation | undefined> {
  if (!Types.ObjectId.isValid(id)) return undefined;
  return (await escalationModel(db).findById(id).lean<Escalation>()) ?? undefined;
}

export async function reviewOf(db: Connection, accountKey: string): Promise<ReviewLock | undefined> {
  return (await reviewLockModel(db).findById(accountKey).lean<ReviewLock>()) ?? undefined;
}
