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
// An account's live claims (its own and its contacts'): /claim on an account, dispute evidence.
claimSchema.index({ domain: 1, status: 1 });

/**
 * The lock: at most one live claim per key, enforced by the unique `_id`. Whoever inserts it
 * owns the key; the loser gets duplicate-key 11000 (DESIGN.md: exactly-once by unique insert).
 */
export interface ClaimLock {
  _id: string;
  claimId: Types.ObjectId;
  owner: string;
  since: Date;
  /**
   * The claim as taken, with its audit entry: it counts as the claim until the claim document
   * is written (then the document is the truth). Kept, not cleared (store/claim-changes.ts).
   */
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
// The sweep looks for takings a crash cut short among the last two days' locks.
claimLockSchema.index({ since: 1 });

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

/**
 * The live claim on a key, through its lock; undefined when the key is free. A lock whose claim
 * is not written yet holds that claim itself (`taking`); once written, the claim document is
 * the truth (it may have changed since: activity, an extension).
 */
export async function liveClaim(db: Connection, key: string): Promise<Claim | undefined> {
  const lock = await claimLockModel(db).findById(key).lean<ClaimLock>();
  if (!lock) return undefined;
  return liveOf(lock, await claimModel(db).findById(lock.claimId).lean<Claim>());
}

/** A lock's live claim: its written document, else what the lock carries; only while active. */
function liveOf(lock: ClaimLock, written: Claim | null | undefined): Claim | undefined {
  const claim = written ?? lock.taking?.claim;
  return claim?.status === 'active' ? claim : undefined;
}

/**
 * The live claims on a few keys (a reply's contact and account), by key: each read by its
 * `_id`, side by side. One `$in` read (`liveClaimsOf`) would be one round trip on MongoDB, but
 * FerretDB answers `$in` and `$or` by scanning the whole collection: at 2,000 locks that is
 * 20–30× slower than two lookups by `_id`.
 */
export async function liveClaimsOn(db: Connection, keys: string[]): Promise<Map<string, Claim>> {
  const live = await Promise.all(keys.map((key) => liveClaim(db, key)));
  return new Map(live.flatMap((c) => (c ? [[c.key, c] as const] : [])));
}

/** The live claims on many keys (a list to check, a batch handover) in two reads, by key. */
export async function liveClaimsOf(db: Connection, keys: string[]): Promise<Map<string, Claim>> {
  // A `/check` of one contact asks about two keys: read by `_id` (see `liveClaimsOn`).
  if (keys.length <= 3) return liveClaimsOn(db, keys);
  const locks = await claimLockModel(db)
    .find({ _id: { $in: keys } })
    .lean<ClaimLock[]>();
  if (locks.length === 0) return new Map();
  const written = await claimModel(db)
    .find({ _id: { $in: locks.map((l) => l.claimId) } })
    .lean<Claim[]>();
  const byId = new Map(written.map((c) => [String(c._id), c]));
  const live = locks.flatMap((l) => liveOf(l, byId.get(String(l.claimId))) ?? []);
  return new Map(live.map((c) => [c.key, c]));
}

/**
 * An account's live claims (its own and its contacts') in one read, for deciding a claim on the
 * account: the account's lock decides at the insert, so reading the claims themselves is
 * enough here. When two are live on one key (a handover between its two writes), the newer.
 */
export async function liveClaimsIn(db: Connection, domain: string): Promise<Claim[]> {
  const claims = await claimModel(db)
    .find({ domain, status: 'active' })
    .sort({ claimedAt: -1 })
    .lean<Claim[]>();
  const newest = new Map<string, Claim>();
  for (const c of claims) if (!newest.has(c.key)) newest.set(c.key, c);
  return [...newest.values()];
}

export async function claimById(db: Connection, id: string): Promise<Claim | undefined> {
  if (!Types.ObjectId.isValid(id)) return undefined;
  return (await claimModel(db).findById(id).lean<Claim>()) ?? undefined;
}

/** Active claims on contacts inside an account (for warnings when the account is claimed). */
export async function contactClaimsIn(db: Connection, domain: string): Promise<Claim[]> {
  return claimModel(db).find({ domain, level: 'contact', status: 'active' }).lean<Claim[]>();
}
