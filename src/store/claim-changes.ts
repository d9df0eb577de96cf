import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../errors.js';
import { type AuditEvent, auditModel, recordAudit } from './audit.js';
import { type Claim, type ClaimLock, type ClaimStatus, claimLockModel, claimModel } from './claims.js';

/**
 * A claim's multi-document changes, written intent first (DESIGN.md): the first write is the
 * decision and says everything that must become true; the steps after it are idempotent, so
 * whoever comes next (the same call, a retry, the minute sweep after a crash) finishes them.
 *
 * - Taking: the lock (unique per key) carries the claim and its audit entry in `taking`; then
 *   the claim document and the audit entry (together). A claim document never exists without
 *   its lock; until it is written, the lock's `taking` counts as the claim. `taking` stays on
 *   the lock: clearing it would be a third write on the rep's wait, and a write racing a
 *   handover's on the same lock (FerretDB applies updates read-modify-write: the later one
 *   would put the old owner back). The sweep finishes takings a crash cut short.
 * - Ending: the audit entry `<claim>:end` (unique) is the decision; then the claim's status,
 *   then the lock goes — or, for a handover, the lock passes to the next owner's claim in the
 *   same write (`next`), so the key is never free in between.
 */
export type ClaimEntry = Omit<AuditEvent, '_id'>;
export interface NextClaim {
  claim: Claim;
  audit: ClaimEntry;
}

const takenKey = (claim: Pick<Claim, '_id'>) => `${claim._id.toHexString()}:taken`;
const DAY = 86_400_000;
export const endKey = (claim: Pick<Claim, '_id'>) => `${claim._id.toHexString()}:end`;

/** The lock for a new claim: false when someone holds the key. Then finishes the claim. */
export async function writeNewClaim(db: Connection, next: NextClaim): Promise<boolean> {
  const { claim } = next;
  const lock: ClaimLock = {
    _id: claim.key,
    claimId: claim._id,
    owner: claim.owner,
    since: claim.claimedAt,
    taking: next,
  };
  try {
    await claimLockModel(db).create(lock);
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    // A lock whose claim has ended is a handover or release half-done: finish it, then retry.
    if (!(await clearEndedLock(db, claim.key))) return false;
    return writeNewClaim(db, next);
  }
  await writeTaken(db, next);
  return true;
}

/** A taking's two effects, idempotent: the claim document and its audit entry. */
async function writeTaken(db: Connection, { claim, audit }: NextClaim): Promise<void> {
  await Promise.all([
    claimModel(db).updateOne({ _id: claim._id }, { $setOnInsert: claim }, { upsert: true }),
    recordAudit(db, audit, takenKey(claim)),
  ]);
}

/** Removes a lock left pointing at an ended claim; true when the key is free now. */
async function clearEndedLock(db: Connection, key: string): Promise<boolean> {
  const lock = await claimLockModel(db).findById(key).lean<ClaimLock>();
  if (!lock) return true;
  const claim = await claimModel(db).findById(lock.claimId).lean<Claim>();
  if (!claim && lock.taking) return false; // being taken right now
  if (claim?.status === 'active') return false;
  const ended = await auditModel(db).findById(`${lock.claimId.toHexString()}:end`).lean<AuditEvent>();
  const status = (ended?.after?.status ?? claim?.status ?? 'released') as ClaimStatus;
  await finishEnding(db, { _id: lock.claimId, key }, status, ended?.at ?? new Date(), ended?.next);
  return !ended?.next; // a handover passes the key on: it is not free
}

/**
 * Ends a claim once, whoever gets there first: false when it was already ended. With `next`
 * the key passes straight to the next owner's claim (a handover).
 */
export async function writeEnding(
  db: Connection,
  claim: Claim,
  ending: ClaimEntry & { after: { status: ClaimStatus } },
  next?: NextClaim,
  /** Stores the ending's notices (the outbox) before its effects: a crash cannot lose them. */
  announce?: () => Promise<void>,
): Promise<boolean> {
  const first = await recordAudit(db, { ...ending, ...(next ? { next } : {}) }, endKey(claim));
  if (!first) {
    await finishRecordedEnding(db, claim);
    return false;
  }
  await announce?.();
  await finishEnding(db, claim, ending.after.status, ending.at, next);
  return true;
}

/**
 * A claim whose ending was decided before (a retry, or a decision re-driven after a crash):
 * finishes what that decision said, not the caller's version of it. Idempotent.
 */
export async function finishRecordedEnding(db: Connection, claim: Pick<Claim, '_id' | 'key'>): Promise<void> {
  const decided = await auditModel(db).findById(endKey(claim)).lean<AuditEvent>();
  if (!decided) return;
  const status = (decided.after?.status ?? 'released') as ClaimStatus;
  await finishEnding(db, claim, status, decided.at, decided.next);
}

async function finishEnding(
  db: Connection,
  claim: Pick<Claim, '_id' | 'key'>,
  status: ClaimStatus,
  at: Date,
  next?: NextClaim,
): Promise<void> {
  await claimModel(db).updateOne({ _id: claim._id, status: 'active' }, { $set: { status, endedAt: at } });
  if (!next) {
    await claimLockModel(db).deleteOne({ _id: claim.key, claimId: claim._id });
    return;
  }
  const passed = {
    claimId: next.claim._id,
    owner: next.claim.owner,
    since: next.claim.claimedAt,
    taking: next,
  };
  await claimLockModel(db).updateOne({ _id: claim.key, claimId: claim._id }, { $set: passed });
  const lock = await claimLockModel(db).findById(claim.key).lean<ClaimLock>();
  if (lock?.claimId.equals(next.claim._id)) await writeTaken(db, next);
}

/**
 * The sweep's part: finishes takings and endings that a crash or an error left half-done.
 * Takings are looked for among the last two days' locks, endings among the last two days' end
 * entries whose claim is still active or still locked; a crash older than that would have been
 * swept long before.
 */
export async function finishHalfDone(
  db: Connection,
  now: Date,
  before: Date,
): Promise<{ taken: number; ended: AuditEvent[] }> {
  const taken = await finishTakings(db, now, before);

  const endings = await auditModel(db)
    .find({
      kind: { $in: ['release', 'lapse', 'expire', 'transfer'] },
      at: { $gte: new Date(now.getTime() - 2 * DAY), $lte: before },
    })
    .lean<AuditEvent[]>();
  // Those kinds are written only by endings (`<claim>:end`).
  const claimIds = endings.flatMap((e) => (e.claimId ? [e.claimId] : []));
  if (claimIds.length === 0) return { taken, ended: [] };
  const [stillActive, stillLocked] = await Promise.all([
    claimModel(db)
      .find({ _id: { $in: claimIds }, status: 'active' }, { _id: 1 })
      .lean<Pick<Claim, '_id'>[]>(),
    claimLockModel(db)
      .find({ claimId: { $in: claimIds } }, { claimId: 1 })
      .lean<Pick<ClaimLock, 'claimId'>[]>(),
  ]);
  const unfinished = new Set(
    [...stillActive.map((c) => c._id), ...stillLocked.map((l) => l.claimId)].map(String),
  );
  const ended = endings.filter((e) => e.claimId && unfinished.has(String(e.claimId)));
  for (const e of ended) {
    const status = (e.after?.status ?? 'released') as ClaimStatus;
    await finishEnding(db, { _id: e.claimId as Claim['_id'], key: e.key }, status, e.at, e.next);
  }
  // The caller re-sends their notices (keyed, so a notice already stored is not sent twice).
  return { taken, ended };
}

/**
 * Writes the claim and audit entry of every taking begun in the two days before `before` that
 * has not got both (a crash cut it short; a younger one is a request still running). Returns
 * how many. Older ones would have been finished by an earlier sweep, as with endings.
 */
async function finishTakings(db: Connection, now: Date, before: Date): Promise<number> {
  // Only ids here: two days of claims would otherwise carry every claim twice each minute.
  const takings = await claimLockModel(db)
    .find(
      { taking: { $exists: true }, since: { $gte: new Date(now.getTime() - 2 * DAY), $lte: before } },
      { claimId: 1 },
    )
    .lean<Pick<ClaimLock, '_id' | 'claimId'>[]>();
  if (takings.length === 0) return 0;
  const taken = (l: Pick<ClaimLock, 'claimId'>) => takenKey({ _id: l.claimId });
  const [claims, audits] = await Promise.all([
    claimModel(db)
      .find({ _id: { $in: takings.map((l) => l.claimId) } }, { _id: 1 })
      .lean<Pick<Claim, '_id'>[]>(),
    auditModel(db)
      .find({ _id: { $in: takings.map(taken) } }, { _id: 1 })
      .lean<Pick<AuditEvent, '_id'>[]>(),
  ]);
  const written = new Set([...claims.map((c) => String(c._id)), ...audits.map((a) => a._id)]);
  const cutShort = takings.filter((l) => !written.has(String(l.claimId)) || !written.has(taken(l)));
  for (const { _id, claimId } of cutShort) {
    const lock = await claimLockModel(db).findOne({ _id, claimId }).lean<ClaimLock>();
    if (lock?.taking) await writeTaken(db, lock.taking);
  }
  return cutShort.length;
}
