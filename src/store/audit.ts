import { type Connection, type Model, Schema, Types } from 'mongoose';
import { isDuplicateKey } from '../errors.js';
import type { Claim } from './claims.js';

export const auditKinds = [
  'claim',
  'extend',
  'release',
  'lapse',
  'expire',
  'transfer',
  'expiry_warning',
  'auto_claim', // taken by the app from a recorded outbound or a routed reply
  'handover', // inherited from a member who left
  'proceed', // wrote to a softly held target anyway, with why
  // Replies: where the inbox sent one and why, and every change of hands after that.
  'route',
  'reassign',
  'triage',
] as const;
export type AuditKind = (typeof auditKinds)[number];

/**
 * Every change of ownership (a claim's, a reply's): who, what, before/after, reason, when.
 * Never updated, only added. `/check … history` and GET /api/audit read it.
 */
export interface AuditEvent {
  _id: string;
  kind: AuditKind;
  /** The claim changed; none for a reply's routing. */
  claimId?: Types.ObjectId;
  /** The reply routed or passed on. */
  replyId?: string;
  key: string;
  actor: string; // a member's Slack id, or "system" for jobs
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  reason?: string;
  at: Date;
  /** A handover's next claim, written with the ending so a crash cannot lose it (claim-changes.ts). */
  next?: { claim: Claim; audit: Omit<AuditEvent, '_id'> };
}

const auditSchema = new Schema<AuditEvent>(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: auditKinds, required: true },
    claimId: { type: Schema.Types.ObjectId, index: true },
    replyId: { type: String },
    key: { type: String, required: true, index: true },
    actor: { type: String, required: true },
    before: { type: Schema.Types.Mixed },
    after: { type: Schema.Types.Mixed },
    reason: { type: String },
    at: { type: Date, required: true, index: true },
    next: { type: Schema.Types.Mixed },
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

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An account's or a contact's history, newest first: for a domain, the account and every
 * contact at it; for a contact, the contact and its account.
 */
export async function auditHistory(
  db: Connection,
  target: { domain: string; email?: string },
  options: { limit?: number; since?: Date } = {},
): Promise<AuditEvent[]> {
  const account = `account:${target.domain}`;
  const filter: Record<string, unknown> = target.email
    ? { key: { $in: [account, `contact:${target.email}`] } }
    : { $or: [{ key: account }, { key: { $regex: `^contact:.*@${escapeRegex(target.domain)}$` } }] };
  if (options.since) filter.at = { $gte: options.since };
  return auditModel(db)
    .find(filter)
    .sort({ at: -1, _id: -1 })
    .limit(options.limit ?? 1000)
    .lean<AuditEvent[]>();
}
