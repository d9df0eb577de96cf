import type { Deps } from '../deps.js';
import { sourceWhy } from '../domain/routing.js';
import { runningSequences } from '../domain/sequences.js';
import { type Activity, activityModel } from '../store/activities.js';
import { type AuditEvent, auditModel } from '../store/audit.js';
import { type Claim, claimModel } from '../store/claims.js';
import { type Reply, replyModel } from '../store/replies.js';
import { type MessageRef, permalinks, sentMessages } from './permalinks.js';
import { type PassReason, triagePostKey } from './reply-actions.js';

const DAY = 86_400_000;
/** A reply stored this long ago and still without an owner is stuck, not merely in flight. */
const STUCK_MS = 15 * 60_000;

export interface ReplyAudit {
  /** In triage, or stored and never routed. */
  unowned: { reply: Reply; message?: MessageRef }[];
  /** Past their SLA with no answer. */
  overdue: { reply: Reply; message?: MessageRef }[];
  /** Live claims and running sequences of people no longer in the policy file. */
  leaversClaims: Claim[];
  leaversSequences: { member: string; sequence: string; contact: string }[];
  /** Routing steps and lead sources that routed no reply in the last 30 days. */
  idleRules: string[];
  /** The last 7 days' changes of hands, by why, with the reasons people gave. */
  reassignments: { via: PassReason | 'triage'; count: number; reasons: string[] }[];
}

/** The weekly reply audit RevOps reads (and `/claims audit` on demand). Pure reads. */
export async function replyAudit(deps: Deps): Promise<ReplyAudit> {
  const now = deps.clock.now().getTime();
  const known = deps.directory.policy.members.map((m) => m.slack);
  const [unowned, overdue, leaversClaims, leaverActivity, routes, passes, oldest] = await Promise.all([
    replyModel(deps.db)
      .find({
        $or: [{ state: 'triage' }, { state: 'stored', receivedAt: { $lte: new Date(now - STUCK_MS) } }],
      })
      .sort({ receivedAt: 1 })
      .lean<Reply[]>(),
    replyModel(deps.db)
      .find({ state: 'routed', dueAt: { $lte: new Date(now) }, repliedAt: { $exists: false } })
      .sort({ dueAt: 1 })
      .lean<Reply[]>(),
    claimModel(deps.db)
      .find({ status: 'active', owner: { $nin: known } })
      .lean<Claim[]>(),
    activityModel(deps.db)
      .find({
        member: { $nin: known },
        type: { $in: ['sequence_start', 'sequence_pause', 'sequence_resume'] },
      })
      .lean<Activity[]>(),
    auditModel(deps.db)
      .find({ kind: 'route', at: { $gte: new Date(now - 30 * DAY) } })
      .lean<AuditEvent[]>(),
    auditModel(deps.db)
      .find({ kind: { $in: ['reassign', 'triage'] }, at: { $gte: new Date(now - 7 * DAY) } })
      .lean<AuditEvent[]>(),
    replyModel(deps.db)
      .findOne({}, { receivedAt: 1 })
      .sort({ receivedAt: 1 })
      .lean<Pick<Reply, 'receivedAt'>>(),
  ]);
  const messages = await messagesOf(deps, unowned);
  return {
    unowned: unowned.map((reply) => ({ reply, message: messages.get(reply._id) })),
    overdue: overdue.map((reply) => ({ reply, message: reply.dm })),
    leaversClaims,
    leaversSequences: leaverSequences(leaverActivity),
    // A month of routing is needed before "matched nothing" means anything.
    idleRules: oldest && oldest.receivedAt.getTime() <= now - 30 * DAY ? idleRules(deps, routes) : [],
    reassignments: byReason(passes),
  };
}

/** The triage post of each reply in triage (the pass that sent it there). */
async function messagesOf(deps: Deps, replies: Reply[]): Promise<Map<string, MessageRef>> {
  const replyOf = new Map(
    replies.filter((r) => r.state === 'triage').map((r) => [triagePostKey(r._id, r.passes - 1), r._id]),
  );
  const posts = await sentMessages(deps, [...replyOf.keys()]);
  return new Map([...posts].map(([key, ref]) => [replyOf.get(key) as string, ref]));
}

function leaverSequences(activity: Activity[]) {
  const byContact = new Map<string, Activity[]>();
  for (const a of activity) {
    const contact = a.email ?? a.domain;
    byContact.set(contact, [...(byContact.get(contact) ?? []), a]);
  }
  return [...byContact].flatMap(([contact, events]) =>
    runningSequences(events).map((s) => ({ ...s, contact })),
  );
}

function idleRules(deps: Deps, routes: AuditEvent[]): string[] {
  const { routing } = deps.directory.policy;
  const steps = new Set(routes.map((e) => e.after?.step));
  const whys = routes.map((e) => String(e.after?.why ?? ''));
  return [
    ...routing.order.filter((s) => s !== 'fallback' && !steps.has(s)).map((s) => `routing step \`${s}\``),
    ...routing.sources
      .filter((src) => !whys.some((w) => w.includes(sourceWhy(src.name))))
      .map((src) => `lead source \`${src.name}\``),
  ];
}

function byReason(passes: AuditEvent[]): ReplyAudit['reassignments'] {
  const groups = new Map<PassReason | 'triage', string[]>();
  for (const e of passes) {
    const via = e.kind === 'triage' ? 'triage' : ((e.after?.via as PassReason | undefined) ?? 'reassigned');
    groups.set(via, [...(groups.get(via) ?? []), e.reason ?? '']);
  }
  return [...groups]
    .map(([via, reasons]) => ({ via, count: reasons.length, reasons: reasons.filter(Boolean) }))
    .sort((a, b) => b.count - a.count);
}

/** Links to the messages of the items shown (the first `limit` of each list). */
export async function auditLinks(deps: Deps, audit: ReplyAudit, limit: number): Promise<Map<string, string>> {
  const refs = [...audit.unowned.slice(0, limit), ...audit.overdue.slice(0, limit)].flatMap((i) =>
    i.message ? [{ id: i.reply._id, ...i.message }] : [],
  );
  return permalinks(deps, refs);
}
