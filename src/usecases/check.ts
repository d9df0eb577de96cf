import type { Deps } from '../deps.js';
import { type CheckResult, checkVerdict } from '../domain/claim-rules.js';
import { runningSequences } from '../domain/sequences.js';
import { accountKey, parseTarget, type Target } from '../domain/target.js';
import { isAppError } from '../errors.js';
import { type Activity, recentActivity } from '../store/activities.js';
import { type Claim, type ClaimLock, claimLockModel, claimModel } from '../store/claims.js';
import { type ContactFlag, contactFlagModel } from '../store/contacts.js';
import { type AccountDecision, decisionsOn } from '../store/decision-log.js';
import { type ReviewLock, reviewLockModel } from '../store/escalations.js';
import { holderOf } from './situation.js';

export interface CheckRow {
  target: Target;
  result: CheckResult;
  review?: ReviewLock;
  holderClaim?: Claim;
  contactFlag?: ContactFlag;
}

/**
 * The pre-send check for many targets at once (an import list, a launch): locks, claims and
 * contact flags are read in three queries, then each row is the pure verdict.
 */
export async function checkTargets(
  deps: Pick<Deps, 'db' | 'directory'>,
  requester: string | undefined,
  targets: Target[],
): Promise<CheckRow[]> {
  const keys = [...new Set(targets.flatMap((t) => [accountKey(t.domain), t.key]))];
  const emails = [...new Set(targets.flatMap((t) => (t.level === 'contact' ? [t.email] : [])))];
  const locks = await claimLockModel(deps.db)
    .find({ _id: { $in: keys } })
    .lean<ClaimLock[]>();
  const claims = locks.length
    ? await claimModel(deps.db)
        .find({ _id: { $in: locks.map((l) => l.claimId) }, status: 'active' })
        .lean<Claim[]>()
    : [];
  const flags = emails.length
    ? await contactFlagModel(deps.db)
        .find({ _id: { $in: emails } })
        .lean<ContactFlag[]>()
    : [];
  const reviews = await reviewLockModel(deps.db)
    .find({ _id: { $in: keys } })
    .lean<ReviewLock[]>();
  const reviewByKey = new Map(reviews.map((r) => [r._id, r]));
  const claimByKey = new Map(claims.map((c) => [c.key, c]));
  const flagByEmail = new Map(flags.map((f) => [f._id, f]));

  return targets.map((target) => {
    const accountClaim = claimByKey.get(accountKey(target.domain));
    const contactClaim = target.level === 'contact' ? claimByKey.get(target.key) : undefined;
    const flag = target.level === 'contact' ? flagByEmail.get(target.email) : undefined;
    const result = checkVerdict({
      requester: requester ?? '',
      target,
      accountHolder: accountClaim && holderOf(accountClaim),
      contactHolder: contactClaim && holderOf(contactClaim),
      contactStatus: flag && { status: flag.status, at: flag.at },
      underReview: reviewByKey.get(accountKey(target.domain)),
      hardBlockReasons: deps.directory.policy.claims.hardBlockReasons,
    });
    const holderClaim =
      result.holder && (result.holder.key === contactClaim?.key ? contactClaim : accountClaim);
    return {
      target,
      result,
      holderClaim,
      contactFlag: flag,
      review: reviewByKey.get(accountKey(target.domain)),
    };
  });
}

export interface CheckReport extends CheckRow {
  activity: Activity[];
  activeSequences: string[];
  /** The account's decision log: settled disputes, newest first. */
  decisions: AccountDecision[];
}

/** `/check`: the verdict plus the last 30 days of activity and the sequences still running. */
export async function checkOne(deps: Deps, requester: string, target: Target): Promise<CheckReport> {
  const [row] = await checkTargets(deps, requester, [target]);
  const activity = await recentActivity(deps.db, target.domain, deps.clock.now());
  const activeSequences = runningSequences(activity).map(
    (s) => `${s.sequence} (${deps.directory.nameOf(s.member)})`,
  );
  const decisions = await decisionsOn(deps.db, accountKey(target.domain), 3);
  return { ...(row as CheckRow), activity, activeSequences, decisions };
}

/** Each row on its own: a bad row gets its error, the others their verdicts. */
export async function checkRows(
  deps: Pick<Deps, 'db' | 'directory'>,
  rows: { row: number; input: string }[],
) {
  const parsed = rows.map((r) => {
    try {
      return { ...r, target: parseTarget(r.input, deps.directory.accounts) };
    } catch (e) {
      if (!isAppError(e)) throw e;
      return { ...r, error: e.message };
    }
  });
  const valid = parsed.filter((p): p is typeof p & { target: Target } => 'target' in p);
  const checked = await checkTargets(
    deps,
    undefined,
    valid.map((p) => p.target),
  );
  const byRow = new Map(valid.map((p, i) => [p.row, checked[i]]));
  return parsed.map((p) => {
    const c = byRow.get(p.row);
    if (!c)
      return { row: p.row, input: p.input, verdict: 'error', error: 'error' in p ? p.error : 'not checked' };
    const h = c.holderClaim;
    return {
      row: p.row,
      input: p.input,
      key: c.target.key,
      verdict: c.result.verdict,
      why: c.result.why,
      owner: h?.owner,
      ownerName: h ? deps.directory.member(h.owner)?.name : undefined,
      reason: h?.reason,
      expiresAt: h?.expiresAt,
      contactStatus: c.contactFlag?.status,
    };
  });
}
