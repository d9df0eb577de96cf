import type { Deps } from '../deps.js';
import type { Member } from '../policy/schema.js';
import { type Claim, listActiveClaims } from '../store/claims.js';
import { type Escalation, escalationModel } from '../store/escalations.js';

export interface HomeData {
  claims: Claim[];
  myDisputes: Escalation[]; // I am the holder or the challenger
  waitingOnMe: Escalation[]; // at the lead tier for my teams' reps, or at ops for RevOps
}

/** What a member's Home tab shows, soonest due first. */
export async function homeData(deps: Deps, member: Member): Promise<HomeData> {
  const [claims, open] = await Promise.all([
    listActiveClaims(deps.db, member.slack),
    escalationModel(deps.db)
      .find({ state: { $in: ['rep', 'lead', 'ops'] } })
      .sort({ dueAt: 1 })
      .lean<Escalation[]>(),
  ]);
  const leadsOf = (rep: string) => {
    const m = deps.directory.member(rep);
    return m ? deps.directory.teamOf(m).leads : [];
  };
  return {
    claims,
    myDisputes: open.filter((e) => e.holder === member.slack || e.challenger === member.slack),
    waitingOnMe: open.filter(
      (e) =>
        (e.state === 'lead' && [e.holder, e.challenger].some((rep) => leadsOf(rep).includes(member.slack))) ||
        (e.state === 'ops' && member.roles.includes('ops')),
    ),
  };
}
