import type { Deps } from '../deps.js';
import type { Member } from '../policy/schema.js';
import { type Claim, listActiveClaims } from '../store/claims.js';
import { type Escalation, escalationModel } from '../store/escalations.js';
import { type Reply, replyModel } from '../store/replies.js';
import { permalinks, sentMessages } from './permalinks.js';
import { lastWeek, type Metrics, teamMetrics } from './team-metrics.js';

const HOUR = 3_600_000;
/** Items per list: the Home tab is a queue to act on, not an archive. */
const SHOWN = 10;

export interface HomeData {
  claims: Claim[];
  /** Mine that lapse within a day for want of activity, or expire within two. */
  lapsing: Claim[];
  /** Replies routed to me and not answered yet, soonest due first. */
  openReplies: Reply[];
  myDisputes: Escalation[]; // I am the holder or the challenger
  waitingOnMe: Escalation[]; // at the lead tier for my teams' reps, or at ops for RevOps
  /** Leads: their teams' replies past the SLA; RevOps: every one. */
  overdue: Reply[];
  /** RevOps: replies in triage. */
  triage: Reply[];
  /** Link to where each dispute is decided (chat.getPermalink), by dispute id. */
  links: Map<string, string>;
  /** RevOps only: the last seven days' numbers, the whole team and each team. */
  metrics?: Metrics[];
}

/** Where a dispute is acted on: the lead's thread at tier 2, else the tier's message. */
const actKey = (e: Escalation) =>
  `escalation:${e._id.toHexString()}:${e.state}${e.state === 'lead' ? ':thread' : ''}`;

/** What a member's Home tab shows for their roles, soonest due first. */
export async function homeData(deps: Deps, member: Member): Promise<HomeData> {
  const { directory } = deps;
  const now = deps.clock.now();
  const ops = member.roles.includes('ops');
  const led = directory.policy.teams.filter((t) => t.leads.includes(member.slack)).map((t) => t.id);
  const team = directory.policy.members.filter((m) => led.includes(m.team)).map((m) => m.slack);
  const unanswered = { state: 'routed' as const, repliedAt: { $exists: false } };
  const replies = replyModel(deps.db);
  const [claims, open, openReplies, overdue, triage] = await Promise.all([
    listActiveClaims(deps.db, member.slack),
    escalationModel(deps.db)
      .find({ state: { $in: ['rep', 'lead', 'ops'] } })
      .sort({ dueAt: 1 })
      .lean<Escalation[]>(),
    replies
      .find({ ...unanswered, owner: member.slack })
      .sort({ dueAt: 1 })
      .limit(SHOWN)
      .lean<Reply[]>(),
    ops || team.length
      ? replies
          .find({ ...unanswered, dueAt: { $lte: now }, ...(ops ? {} : { owner: { $in: team } }) })
          .sort({ dueAt: 1 })
          .limit(SHOWN)
          .lean<Reply[]>()
      : [],
    ops ? replies.find({ state: 'triage' }).sort({ receivedAt: 1 }).limit(SHOWN).lean<Reply[]>() : [],
  ]);
  const leadsOf = (rep: string) => {
    const m = directory.member(rep);
    return m ? directory.teamOf(m).leads : [];
  };
  const myDisputes = open.filter((e) => e.holder === member.slack || e.challenger === member.slack);
  const waitingOnMe = open.filter(
    (e) =>
      (e.state === 'lead' && [e.holder, e.challenger].some((rep) => leadsOf(rep).includes(member.slack))) ||
      (e.state === 'ops' && ops),
  );
  const shown = [...myDisputes, ...waitingOnMe].slice(0, 2 * SHOWN);
  const sent = await sentMessages(deps, shown.map(actKey));
  const links = await permalinks(
    deps,
    shown.flatMap((e) => {
      const ref = sent.get(actKey(e));
      return ref ? [{ id: e._id.toHexString(), ...ref }] : [];
    }),
  );
  const soon = (c: Claim) =>
    (!c.activatedAt && c.activateBy.getTime() - now.getTime() < 24 * HOUR) ||
    c.expiresAt.getTime() - now.getTime() < 48 * HOUR;
  return {
    claims,
    lapsing: claims.filter(soon),
    openReplies,
    myDisputes,
    waitingOnMe,
    overdue,
    triage,
    links,
    metrics: ops ? (await teamMetrics(deps, lastWeek(now))).filter((m) => m.scope !== 'member') : undefined,
  };
}
