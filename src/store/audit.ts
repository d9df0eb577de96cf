import { type Connection, type Model, Schema, Types } from 'mongoose';
import { isDuplicateKey } from '../errors.js';

export const auditKinds = [
  'claim',
  'extend',
  'release',
  'lapse',
  'expire',
  'transfer',
  'expiry_warning',
] as const;
export type AuditKind = (typeof auditKinds)[number];

/** Every change to a claim: who, what, before/after, reason, when. Never updated, only added. */
export interface AuditEvent {
  _id: string;
  kind: AuditKind;
  claimId: Types.ObjectId;
  key: string;
  actor: string; // a member's Slack id, or "system" for jobs
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  reason?: string;
  at: Date;
}

const auditSchema = new Schema<AuditEvent>(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: auditKinds, required: true },
    claimId: { type: Schema.Types.ObjectId, required: true, index: true },
    key: { type: String, required: true, index: true },
    actor: { type: String, required: true },
    before: { type: Schema.Types.Mixed },
    after: { type: Schema.Types.Mixed },
    reason: { type: String },
    at: { type: Date, required: true },
  },
  { collection: 'audit_events', versionKey: false, minimize: false },
);

export const auditModel = (db: Connection): Model<AuditEvent> =>
  (db.models.AuditEvent as Model<AuditEvent> | undefined) ?? db.model<AuditEvent>('AuditEvent', auditSchema);

/**
 * Records an event. With `onceKey` the event is also the exactly-once decision (DESIGN.md):
 * it returns false when that key was recorded before, i.e. someone else already did it.
 */
export async function recordAudit(
  db: Connection,
  event: Omit<AuditEvent, '_id'>,
  onceKey?: string,
): Promise<boolean> {
  try {
    await auditModel(db).create({ _id: onceKey ?? new Types.ObjectId().toHexString(), ...event });
    return true;
  } catch (e) {
    if (onceKey && isDuplicateKey(e)) return false;
    throw e;
  }
}
