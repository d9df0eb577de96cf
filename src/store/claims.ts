import { type Connection, type Model, Schema, Types } from 'mongoose';
import { type ClaimReason, claimReasons } from '../policy/schema.js';
import type { AuditEvent } from './audit.js';

export const claimLevels = ['account', 'contact'] as const;
export const claimStatuses = ['active', 'released', 'lapsed', 'expired', 'transferred'] as const;
export type ClaimLevel = (typeof claimLevels)[number];
export type ClaimStatus = (typeof claimStatuses)[number];

/** A claim: one rep's ownership of an account (domain) or a contact (email), with its clock. */
export interface Claim {
  _id: Types.ObjectId;
  key: string; // "account:acme.com" / "contact:jane@acme.com"
  level: ClaimLevel;
  domain: string;
  email?: string;
  owner: string;
  reason: ClaimReason;
  note: string;
  status: ClaimStatus;
  claimedAt: Date;
  activateBy: Date;
  activatedAt?: Date;
  expiresAt: Date;
  lastActivityAt?: Date;
  /** The expiry the 24h warning was sent for; a new expiry (after Extend) gets a new warning. */
  warnedFor?: Date;
  endedAt?: Date;
}

const claimSchema = new Schema<Claim>(
  {
    key: { type: String, required: true, index: true },
    level: { type: String, enum: claimLevels, required: true },
    domain: { type: String, required: true },
    email: { type: String },
    owner: { type: String, required: true, index: true },
    reason: { type: String, enum: claimReasons, required: true },
    note: { type: String, default: '' },
    status: { type: String, enum: claimStatuses, required: true, default: 'active' },
    claimedAt: { type: Date, required: true },
    activateBy: { type: Date, required: true },
    activatedAt: { type: Date },
    expiresAt: { type: Date, required: true },
    lastActivityAt: { type: Date },
    warnedFor: { type: Date },
    endedAt: { type: Date },
  },
  { collection: 'claims', versionKey: false },
);

/**
 * The lock: at most one live claim per key, enforced by the unique `_id`. Whoever inserts it
 * owns the key; the loser gets duplicate-key 11000 (DESIGN.md: exactly-once by unique insert).
 */
export interface ClaimLock {
  _id: string;
  claimId: Types.ObjectId;
  owner: string;
  since: Date;
  /** Set until the claim it stands for is written in full: it counts as that claim meanwhile. */
  taking?: { claim: Claim; audit: Omit<AuditEvent, '_id'> };
}

const claimLockSchema = new Schema<ClaimLock>(
  {
    _id: { type: String, required: true },
    claimId: { type: Schema.Types.ObjectId, required: true },
    owner: { type: String, required: true },
    since: { type: Date, required: true },
    taking: { type: Schema.Types.Mixed },
  },
  { collection: 'claim_locks', versionKey: false },
);

// Models live on a connection, not on the mongoose global, so tests and the sandbox can run
// several apps (several databases) in one process. (A generic helper here sends tsc into a
// type-instantiation spiral on mongoose 9's types, so each model is spelled out.)
export const claimModel = (db: Connection): Model<Claim> =>
  (db.models.Claim as Model<Claim> | undefined) ?? db.model<Claim>('Claim', claimSchema);
export const claimLockModel = (db: Connection): Model<ClaimLock> =>
  (db.models.ClaimLock as Model<ClaimLock> | undefined) ?? db.model<ClaimLock>('ClaimLock', claimLockSchema);

/** My live claims, soonest expiry first: what /claims and the Home tab show. */
export async function listActiveClaims(db: Connection, owner: string): Promise<Claim[]> {
  return claimModel(db).find({ owner, status: 'active' }).sort({ expiresAt: 1 }).lean<Claim[]>();
}

/** The live claim on a key, through its lock; undefined when the key is free. */
export async function liveClaim(db: Connection, key: string): Promise<Claim | undefined> {
  const lock = await claimLockModel(db).findById(key).lean<ClaimLock>();
  if (!lock) return undefined;
  if (lock.taking) return lock.taking.claim;
  const claim = await claimModel(db).findById(lock.claimId).lean<Claim>();
  return claim?.status === 'active' ? claim : undefined;
}

/**
 * The live claims on several keys in two round trips (locks, then their claims), by key. A lock
 * still `taking` holds its claim itself.
 */
export async function liveClaimsOf(db: Connection, keys: string[]): Promise<Map<string, Claim>> {
  const locks = await claimLockModel(db)
    .find({ _id: { $in: keys } })
    .lean<ClaimLock[]>();
  if (locks.length === 0) return new Map();
  const taking = locks.flatMap((l) => (l.taking ? [l.taking.claim] : []));
  const claims = await claimModel(db)
    .find({ _id: { $in: locks.filter((l) => !l.taking).map((l) => l.claimId) }, status: 'active' })
    .lean<Claim[]>();
  return new Map([...claims, ...taking].map((c) => [c.key, c]));
}

export async function claimById(db: Connection, id: string): Promise<Claim | undefined> {
  if (!Types.ObjectId.isValid(id)) return undefined;
  return (await claimModel(db).findById(id).lean<Claim>()) ?? undefined;
}

/** Active claims on contacts inside an account (for warnings when the account is claimed). */
export async function contactClaimsIn(db: Connection, domain: string): Promise<Claim[]> {
  return claimModel(db).find({ domain, level: 'contact', status: 'active' }).lean<Claim[]>();
}
