import type { Deps } from '../deps.js';
import { type CheckResult, checkVerdict } from '../domain/claim-rules.js';
import { minutesToMs } from '../domain/duration.js';
import { listDuplicates } from '../domain/list-duplicates.js';
import { runningSequences } from '../domain/sequences.js';
import { accountKey, parseTarget, type Target } from '../domain/target.js';
import { isAppError } from '../errors.js';
import { type Activity, recentActivity } from '../store/activities.js';
import { type Claim, liveClaimsOf } from '../store/claims.js';
import { type ContactFlag, contactFlagModel, inEffect } from '../store/contacts.js';
import { type AccountDecision, decisionsOn } from '../store/decision-log.js';
import { oneOf } from '../store/equality.js';
import { type ReviewLock, reviewLockModel } from '../store/escalations.js';
import { liveWorkOn } from '../store/live-work.js';
import { countPreventedSends } from '../store/prevented-sends.js';
import { contactLocks, contactLocksOf, mailboxConflict, sequenceConflict } from './contact-locks.js';
import { holderOf, standingOwnerOf } from './situation.js';

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
  deps: Pick<Deps, 'db' | 'directory' | 'clock'>,
  /** Who asks: one member for all, or one per target (a list's member column); none: the API. */
  requester: string | undefined | readonly (string | undefined)[],
  targets: Target[],
): Promise<CheckRow[]> {
  const keys = [...new Set(targets.flatMap((t) => [accountKey(t.domain), t.key]))];
  const emails = [...new Set(targets.flatMap((t) => (t.level === 'contact' ? [t.email] : [])))];
  const claimByKey = await liveClaimsOf(deps.db, keys);
  const flags = emails.length
    ? await contactFlagModel(deps.db)
        .find({ _id: oneOf(emails), ...inEffect(deps.clock.now()) })
        .lean<ContactFlag[]>()
    : [];
  const reviews = await reviewLockModel(deps.db)
    .find({ _id: oneOf(keys) })
    .lean<ReviewLock[]>();
  const { claims: rules } = deps.directory.policy;
  const now = deps.clock.now();
  const live = await liveWorkOn(deps.db, emails, new Date(now.getTime() - minutesToMs(rules.replyBlock)));
  const reviewByKey = new Map(reviews.map((r) => [r._id, r]));
  const flagByEmail = new Map(flags.map((f) => [f._id, f]));

  return targets.map((target, i) => {
    const accountClaim = claimByKey.get(accountKey(target.domain));
    const contactClaim = target.level === 'contact' ? claimByKey.get(target.key) : undefined;
    const flag = target.level === 'contact' ? flagByEmail.get(target.email) : undefined;
    const result = checkVerdict({
      requester: (typeof requester === 'object' ? requester[i] : requester) ?? '',
      target,
      accountHolder: accountClaim && holderOf(accountClaim),
      contactHolder: contactClaim && holderOf(contactClaim),
      contactStatus: flag && { status: flag.status, at: flag.at },
      underReview: reviewByKey.get(accountKey(target.domain)),
      hardBlockReasons: rules.hardBlockReasons,
      live: target.level === 'contact' ? live.get(target.email) : undefined,
      requireOwner: rules.requireOwner,
      standingOwner: standingOwnerOf(deps, target.domain, now),
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
  /** A contact's mailbox lock: the mailbox its conversation runs from. */
  mailbox?: { mailbox: string; member: string };
}

/** `/check`: the verdict plus the last 30 days of activity and the sequences still running. */
export async function checkOne(deps: Deps, requester: string, target: Target): Promise<CheckReport> {
  const [row] = await checkTargets(deps, requester, [target]);
  if (row?.result.verdict === 'blocked') await countPreventedSends(deps.db, requester, deps.clock.now(), 1);
  const activity = await recentActivity(deps.db, target.domain, deps.clock.now());
  const activeSequences = runningSequences(activity).map(
    (s) => `${s.sequence} (${deps.directory.nameOf(s.member)})`,
  );
  const decisions = await decisionsOn(deps.db, accountKey(target.domain), 3);
  const mailbox = target.level === 'contact' ? (await contactLocks(deps, target.email)).mailbox : undefined;
  return { ...(row as CheckRow), activity, activeSequences, decisions, mailbox };
}

/**
 * Each row on its own: a bad row gets its error, the others their verdicts. Then the list as
 * a whole: the duplicates inside it (`listDuplicates`), each later row pointing at the first.
 */
export async function checkRows(
  deps: Pick<Deps, 'db' | 'directory' | 'clock'>,
  rows: { row: number; input: string; member?: string; sequence?: string; mailbox?: string }[],
) {
  const parsed = rows.map((r) => {
    try {
      if (deps.directory.unknownSequence(r.sequence))
        return { ...r, error: `sequence "${r.sequence}" is not one of the policy's sequences` };
      if (r.mailbox && !EMAIL.test(r.mailbox))
        return {
          ...r,
          error: `mailbox "${r.mailbox}" is not an email address (the mailbox it will be sent from)`,
        };
      return { ...r, target: parseTarget(r.input, deps.directory.accounts) };
    } catch (e) {
      if (!isAppError(e)) throw e;
      return { ...r, error: e.message };
    }
  });
  const valid = parsed.filter((p): p is typeof p & { target: Target } => 'target' in p);
  const members = valid.map((p) => memberId(deps, p.member));
  const checked = await checkTargets(
    deps,
    members,
    valid.map((p) => p.target),
  );
  const duplicates = listDuplicates(valid.map((p, i) => ({ ...p, member: members[i] })));
  const firstOf = new Map<number, number>();
  for (const d of duplicates)
    if (d.kind !== 'split_account') for (const row of d.rows.slice(1)) firstOf.set(row, d.rows[0] as number);
  // The sequence and mailbox locks, for the rows that name a sequence or a mailbox.
  const lockable = valid.filter((p) => p.target.level === 'contact' && (p.sequence || p.mailbox));
  const locks = await contactLocksOf(
    deps,
    lockable.map((p) => (p.target as { email: string }).email),
  );
  const lockOf = (p: (typeof valid)[number]) => {
    const l = p.target.level === 'contact' ? locks.get(p.target.email) : undefined;
    if (!l) return undefined;
    const seq = p.sequence ? sequenceConflict(l, p.sequence) : undefined;
    if (seq) return { why: 'sequence_locked' as const, lock: { sequence: seq.sequence, member: seq.member } };
    const box = mailboxConflict(l, p.mailbox?.toLowerCase());
    if (box) return { why: 'mailbox_locked' as const, lock: { mailbox: box.mailbox, member: box.member } };
    return undefined;
  };
  const byRow = new Map(valid.map((p, i) => [p.row, checked[i]]));
  const lockByRow = new Map(valid.map((p) => [p.row, lockOf(p)]));
  const results = parsed.map((p) => {
    const c = byRow.get(p.row);
    if (!c)
      return { row: p.row, input: p.input, verdict: 'error', error: 'error' in p ? p.error : 'not checked' };
    const h = c.holderClaim;
    // The claim's owner (or the policy's, for good), else whoever has the live conversation.
    const owner = h?.owner ?? c.result.standingOwner ?? c.result.live?.member;
    // A broken lock blocks even a row that would otherwise be clear or only warned.
    const locked = c.result.verdict === 'blocked' ? undefined : lockByRow.get(p.row);
    return {
      row: p.row,
      input: p.input,
      key: c.target.key,
      verdict: locked ? 'blocked' : c.result.verdict,
      why: locked?.why ?? c.result.why,
      lock: locked?.lock,
      owner,
      ownerName: owner ? deps.directory.member(owner)?.name : undefined,
      reason: h?.reason ?? (c.result.standingOwner ? 'account_owner' : undefined),
      expiresAt: h?.expiresAt,
      contactStatus: c.contactFlag?.status,
      live: c.result.live && {
        kind: c.result.live.kind,
        member: c.result.live.member,
        sequence: c.result.live.sequence,
        at: c.result.live.at,
      },
      duplicateOf: firstOf.get(p.row),
    };
  });
  return { results, duplicates };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A list's member cell (Slack id, email or name) as a Slack id, else as written. */
function memberId(deps: Pick<Deps, 'directory'>, cell: string | undefined): string | undefined {
  if (!cell) return undefined;
  const { directory } = deps;
  const byName = directory.policy.members.find((m) => m.name.toLowerCase() === cell.trim().toLowerCase());
  return (directory.member(cell) ?? directory.memberByEmail(cell) ?? byName)?.slack ?? cell.trim();
}
