import type { Deps } from '../deps.js';
import { decisionFor } from '../domain/escalation.js';
import { runningSequences } from '../domain/sequences.js';
import type { Member } from '../policy/schema.js';
import { type Activity, activityModel } from '../store/activities.js';
import { type Claim, claimModel } from '../store/claims.js';
import { type Escalation, escalationModel } from '../store/escalations.js';
import { section } from '../views/blocks.js';
import { escapeMrkdwn } from '../views/text.js';
import { decide } from './escalation-decision.js';
import { handOverAll } from './hand-over.js';
import { notify } from './notify.js';

/**
 * Who inherits a leaver's work: their backup, else their team's first lead still on the team,
 * else the policy's fallback owner (also for someone gone from the policy file altogether).
 */
export function heirOf(deps: Deps, leaver: string, now: Date): Member | undefined {
  const { directory } = deps;
  const stays = (id: string | undefined) => {
    const m = id ? directory.member(id) : undefined;
    return m && !directory.hasLeft(m, now) ? m : undefined;
  };
  const m = directory.member(leaver);
  const lead = m ? directory.teamOf(m).leads.map(stays).find(Boolean) : undefined;
  return stays(m?.backup) ?? lead ?? stays(directory.policy.roles.fallback);
}

/**
 * People leave: a member marked `left` (from that date) or gone from the policy file. Each
 * minute's sweep settles their disputes for the challenger, moves their claims to their heir
 * (audited `transfer` + `handover`, once each, one DM per heir listing what they inherited),
 * and, as it does, tells RevOps of the sequences still running under their name (once per leaver).
 */
export async function handOverLeavers(deps: Deps): Promise<{ disputes: number; claims: number }> {
  const now = deps.clock.now();
  const active = deps.directory.activeIds(now);
  const disputes = await escalationModel(deps.db)
    .find({ state: { $in: ['rep', 'lead', 'ops'] }, holder: { $nin: active } })
    .lean<Escalation[]>();
  let settled = 0;
  const leavers = new Set<string>();
  for (const e of disputes) {
    if (!active.includes(e.challenger)) continue; // both gone: the claims move to heirs below
    const input = {
      ...decisionFor('handover', e.holder, e.challenger),
      rationale: `${deps.directory.nameOf(e.holder)} left the team`,
    };
    if (await decide(deps, e, input, 'system')) {
      settled++;
      leavers.add(e.holder);
    }
  }
  // Read after the disputes: those just settled moved their claims already.
  const remaining = await claimModel(deps.db)
    .find({ status: 'active', owner: { $nin: active } })
    .lean<Claim[]>();
  const batches = new Map<string, { leaver: string; heir: Member; claims: Claim[] }>();
  for (const claim of remaining) {
    const heir = heirOf(deps, claim.owner, now);
    if (!heir) continue; // nobody to give it to: the weekly audit lists it
    const k = `${claim.owner}:${heir.slack}`;
    const batch = batches.get(k) ?? { leaver: claim.owner, heir, claims: [] };
    batch.claims.push(claim);
    batches.set(k, batch);
  }
  let moved = 0;
  for (const { leaver, heir, claims } of batches.values()) {
    const name = deps.directory.nameOf(leaver);
    const why = {
      ended: `${name} left: handed to ${heir.name}`,
      taken: `inherited from ${name}, who left`,
      actor: 'system',
    };
    const headline = `${name} left the team: you inherited`;
    const done = await handOverAll(deps, claims, heir, { from: leaver, why, headline });
    moved += done.length;
    if (done.length) leavers.add(leaver);
  }
  // Only when a leaver's work moves: a minute's sweep with nothing to hand over reads nothing
  // more (someone who left with sequences but no claims is in the weekly reply audit).
  if (leavers.size) await reportLeaversSequences(deps, [...leavers]);
  return { disputes: settled, claims: moved };
}

/** Sequences only the sequencer can stop: RevOps hears of them once per leaver. */
async function reportLeaversSequences(deps: Deps, leavers: string[]): Promise<void> {
  const events = await activityModel(deps.db)
    .find(
      { member: { $in: leavers }, type: { $in: ['sequence_start', 'sequence_pause', 'sequence_resume'] } },
      { member: 1, email: 1, domain: 1, type: 1, sequence: 1, at: 1 },
    )
    .lean<Activity[]>();
  const byLeaver = new Map<string, Map<string, Activity[]>>();
  for (const e of events) {
    const contacts = byLeaver.get(e.member) ?? new Map<string, Activity[]>();
    const contact = e.email ?? e.domain;
    contacts.set(contact, [...(contacts.get(contact) ?? []), e]);
    byLeaver.set(e.member, contacts);
  }
  for (const [leaver, contacts] of byLeaver) {
    const running = [...contacts].flatMap(([contact, list]) =>
      runningSequences(list).map((s) => `• ${escapeMrkdwn(s.sequence)} on ${escapeMrkdwn(contact)}`),
    );
    if (running.length === 0) continue;
    const text = `:warning: ${escapeMrkdwn(deps.directory.nameOf(leaver))} left the team and these sequences still run under their name. Stop or move them in your sequencer:\n${running.slice(0, 40).join('\n')}`;
    await notify(
      deps,
      {
        channel: deps.directory.policy.channels.ops,
        text: `Sequences still running for ${deps.directory.nameOf(leaver)}, who left`,
        blocks: [section(text)],
      },
      `leaver-sequences:${leaver}`,
    );
  }
}
