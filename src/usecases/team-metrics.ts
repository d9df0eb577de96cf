import type { Deps } from '../deps.js';
import { type Tier, tiers } from '../domain/escalation.js';
import type { Member } from '../policy/schema.js';
import { type AuditEvent, auditModel } from '../store/audit.js';
import { type ConflictAlert, conflictModel } from '../store/conflicts.js';
import { type Escalation, escalationModel } from '../store/escalations.js';
import { type OnceRecord, onceModel } from '../store/once.js';
import { preventedSendsBetween } from '../store/prevented-sends.js';
import { type Reply, replyModel } from '../store/replies.js';

export interface Range {
  from: Date;
  to: Date;
}

const conflictEnds = ['paused', 'handoff_requested', 'stood_down', 'proceeded', 'no_answer'] as const;

/** One row of the report: the whole team (`all`), one team, or one member. */
export interface Metrics {
  scope: 'all' | 'team' | 'member';
  id: string;
  name: string;
  /** Replies received in the range and routed to someone in the scope. */
  replies: number;
  byCategory: Record<string, number>;
  /** Replies in triage with no owner right now (the whole team only). */
  unassignedNow?: number;
  /** Replies that went to triage in the range (Not mine with no one next). */
  wentToTriage: number;
  /** Of the replies that needed an owner, how many changed hands at least once. */
  reassigned: number;
  reassignmentRate: number | null;
  /** Wall-clock minutes from receipt to Mark replied. */
  firstResponseMedianMin: number | null;
  firstResponseP90Min: number | null;
  /** Replies with an SLA that was settled (answered, or due and not answered) and how many in time. */
  slaDue: number;
  slaMet: number;
  slaAttainment: number | null;
  /** Conflict alerts raised in the range (counted for the rep who ran into the claim). */
  conflicts: number;
  conflictOutcomes: Record<(typeof conflictEnds)[number], number>;
  /** Disputes opened in the range (counted for the challenger), by the highest tier reached. */
  disputes: number;
  disputesByTier: Record<Tier, number>;
  disputesDecided: number;
  decisionMedianHours: number | null;
  /** Decisions that became final because a timebox ran out. */
  defaultDecisions: number;
  claimsLapsed: number;
  /** Pre-send checks that answered blocked (by the rep who asked; the API's count in `all`). */
  duplicateSendsPrevented: number;
}

/** The records a report is computed from, read once (six queries) for every scope. */
interface Records {
  replies: Reply[];
  passes: AuditEvent[];
  lapses: AuditEvent[];
  conflicts: ConflictAlert[];
  conflictActions: Map<string, OnceRecord>;
  disputes: Escalation[];
  prevented: { by: string; blocked: number }[];
  unassignedNow: number;
}

async function readRecords(deps: Deps, { from, to }: Range): Promise<Records> {
  const inRange = { $gte: from, $lt: to };
  const [replies, audit, conflicts, disputes, prevented, unassignedNow] = await Promise.all([
    replyModel(deps.db)
      .find({ receivedAt: inRange }, { replyText: 0, references: 0, intent: 0, signals: 0 })
      .lean<Reply[]>(),
    auditModel(deps.db)
      .find({ at: inRange, kind: { $in: ['reassign', 'triage', 'lapse'] } })
      .lean<AuditEvent[]>(),
    conflictModel(deps.db).find({ createdAt: inRange }).lean<ConflictAlert[]>(),
    escalationModel(deps.db).find({ openedAt: inRange }).lean<Escalation[]>(),
    preventedSendsBetween(deps.db, from, new Date(to.getTime() - 1)),
    replyModel(deps.db).countDocuments({ state: 'triage' }),
  ]);
  const actions = conflicts.length
    ? await onceModel(deps.db)
        .find({ _id: { $in: conflicts.map((c) => `conflict-action:${c._id.toHexString()}`) } })
        .lean<OnceRecord[]>()
    : [];
  return {
    replies,
    passes: audit.filter((e) => e.kind !== 'lapse'),
    lapses: audit.filter((e) => e.kind === 'lapse'),
    conflicts,
    conflictActions: new Map(actions.map((a) => [a._id.replace('conflict-action:', ''), a])),
    disputes,
    prevented,
    unassignedNow,
  };
}

/** Nearest-rank percentile; null for no data. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? null;
}

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);
const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
const MIN = 60_000;

/** The highest tier a dispute reached: the tiers it posted at, and where it is now. */
const tierReached = (e: Escalation): Tier => {
  const seen = new Set<string>([...e.messages.map((m) => m.tier), e.state]);
  return [...tiers].reverse().find((t) => seen.has(t)) ?? 'rep';
};

/** The metrics for the members `inScope` says are in it, over records already read. */
function measure(
  r: Records,
  head: Pick<Metrics, 'scope' | 'id' | 'name'>,
  inScope: (slack: string | undefined) => boolean,
  now: Date,
): Metrics {
  const replies = r.replies.filter((x) => inScope(x.owner));
  const owned = replies.filter((x) => x.category !== 'bounce' && x.category !== 'out_of_office');
  const byCategory: Record<string, number> = {};
  for (const x of replies) byCategory[x.category] = (byCategory[x.category] ?? 0) + 1;
  const answered = owned.filter((x) => x.repliedAt);
  const minutes = answered.map((x) => ((x.repliedAt as Date).getTime() - x.receivedAt.getTime()) / MIN);
  const settled = owned.filter((x) => x.dueAt && (x.repliedAt || x.dueAt.getTime() <= now.getTime()));
  const met = settled.filter((x) => x.repliedAt && x.repliedAt.getTime() <= (x.dueAt as Date).getTime());
  const reassigned = owned.filter((x) => x.passes > 0).length;
  const triage = r.passes.filter(
    (e) => e.kind === 'triage' && inScope(e.before?.owner as string | undefined),
  );

  const conflicts = r.conflicts.filter((c) => inScope(c.challenger));
  const conflictOutcomes = Object.fromEntries(conflictEnds.map((k) => [k, 0])) as Metrics['conflictOutcomes'];
  for (const c of conflicts) {
    const end = (r.conflictActions.get(c._id.toHexString())?.outcome ??
      'no_answer') as (typeof conflictEnds)[number];
    conflictOutcomes[end] = (conflictOutcomes[end] ?? 0) + 1;
  }
  const disputes = r.disputes.filter((e) => inScope(e.challenger));
  const disputesByTier = Object.fromEntries(tiers.map((t) => [t, 0])) as Record<Tier, number>;
  for (const e of disputes) disputesByTier[tierReached(e)]++;
  const decided = disputes.filter((e) => e.decision);
  const hours = decided.map((e) => ((e.decision?.at.getTime() ?? 0) - e.openedAt.getTime()) / (60 * MIN));
  const prevented = r.prevented
    .filter((p) => (head.scope === 'all' ? true : inScope(p.by)))
    .reduce((n, p) => n + p.blocked, 0);

  return {
    ...head,
    replies: replies.length,
    byCategory,
    ...(head.scope === 'all' ? { unassignedNow: r.unassignedNow } : {}),
    wentToTriage: triage.length,
    reassigned,
    reassignmentRate: ratio(reassigned, owned.length),
    firstResponseMedianMin: round1(percentile(minutes, 50)),
    firstResponseP90Min: round1(percentile(minutes, 90)),
    slaDue: settled.length,
    slaMet: met.length,
    slaAttainment: ratio(met.length, settled.length),
    conflicts: conflicts.length,
    conflictOutcomes,
    disputes: disputes.length,
    disputesByTier,
    disputesDecided: decided.length,
    decisionMedianHours: round1(percentile(hours, 50)),
    defaultDecisions: decided.filter((e) => e.decision?.by === 'system').length,
    claimsLapsed: r.lapses.filter((e) => inScope(e.before?.owner as string | undefined)).length,
    duplicateSendsPrevented: prevented,
  };
}

/**
 * The team's numbers for a range, computed from the stored records (nothing is counted on
 * the side): the whole team first, then each team, then each member, by name.
 */
export async function teamMetrics(deps: Deps, range: Range): Promise<Metrics[]> {
  const records = await readRecords(deps, range);
  const { policy } = deps.directory;
  const now = deps.clock.now();
  const teamOf = (slack: string | undefined) =>
    slack ? policy.members.find((m) => m.slack === slack)?.team : undefined;
  const byName = (a: Member, b: Member) => a.name.localeCompare(b.name);
  return [
    measure(records, { scope: 'all', id: 'all', name: 'Everyone' }, () => true, now),
    ...policy.teams.map((t) =>
      measure(records, { scope: 'team', id: t.id, name: t.name ?? t.id }, (s) => teamOf(s) === t.id, now),
    ),
    ...[...policy.members]
      .sort(byName)
      .map((m) =>
        measure(records, { scope: 'member', id: m.slack, name: m.name }, (s) => s === m.slack, now),
      ),
  ];
}

/** The seven days before `now` (the weekly digest's and the Home tab's range). */
export const lastWeek = (now: Date): Range => ({ from: new Date(now.getTime() - 7 * 86_400_000), to: now });
