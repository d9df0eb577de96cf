import { Types } from 'mongoose';
import type { Deps } from '../deps.js';
import {
  defaultDecision,
  type RepSignals,
  type Tier,
  type TransitionCause,
  timeboxDue,
} from '../domain/escalation.js';
import { AppError, isDuplicateKey } from '../errors.js';
import type { Member } from '../policy/schema.js';
import { type Activity, activityModel } from '../store/activities.js';
import { claimById } from '../store/claims.js';
import { conflictById } from '../store/conflicts.js';
import {
  type Escalation,
  type EscalationOutcome,
  escalationById,
  escalationModel,
  reviewLockModel,
} from '../store/escalations.js';
import { decideOnce } from '../store/once.js';
import { outboxModel } from '../store/outbox.js';
import type { EvidenceLine } from '../views/escalation.js';
import {
  APOLOGY_TEMPLATE,
  escalationDecidedMessage,
  escalationMessage,
  outcomeText,
} from '../views/escalation.js';
import { recordPause } from './activity.js';
import { takeClaim } from './claim.js';
import { endClaim } from './claim-lifecycle.js';
import { notify } from './notify.js';

export const ESCALATION_TIMEBOX = 'escalation:timebox';
const POSITIVE: readonly Activity['type'][] = ['reply', 'meeting'];
const OUTBOUND: readonly Activity['type'][] = ['outbound_email', 'sequence_start', 'call'];

const member = (deps: Deps, id: string) => {
  const m = deps.directory.member(id);
  if (!m) throw new AppError('stale_action', `${id} is no longer in the policy file.`);
  return m;
};

/** Per rep: last outbound, positive signals, sequences: computed from recorded activity. */
async function evidence(
  deps: Deps,
  e: Escalation,
): Promise<{ lines: EvidenceLine[]; signals: [RepSignals, RepSignals] }> {
  const acts = await activityModel(deps.db)
    .find({ domain: e.domain, member: { $in: [e.holder, e.challenger] } })
    .sort({ at: 1 })
    .lean<Activity[]>();
  const of = (rep: string) => acts.filter((a) => a.member === rep);
  const line = (rep: string): EvidenceLine => ({
    name: deps.directory.nameOf(rep),
    lastOutbound: of(rep)
      .filter((a) => OUTBOUND.includes(a.type))
      .at(-1)?.at,
    positives: of(rep).filter((a) => POSITIVE.includes(a.type)).length,
    sequences: [...new Set(of(rep).flatMap((a) => (a.sequence ? [a.sequence] : [])))],
  });
  const signal = (rep: string): RepSignals => ({
    rep,
    lastPositiveSignalAt: of(rep)
      .filter((a) => POSITIVE.includes(a.type))
      .at(-1)?.at,
    firstOutboundAt: of(rep).find((a) => OUTBOUND.includes(a.type))?.at,
  });
  return { lines: [line(e.holder), line(e.challenger)], signals: [signal(e.holder), signal(e.challenger)] };
}

/** Where a tier's message goes: the reps' group DM, the holder's team lead channel, the ops channel. */
async function channelFor(deps: Deps, e: Escalation, tier: Tier): Promise<string> {
  if (tier === 'lead') return deps.directory.teamOf(member(deps, e.holder)).channel;
  if (tier === 'ops') return deps.directory.policy.channels.ops;
  const dm = await deps.slack.conversations.open({ users: `${e.holder},${e.challenger}` });
  // Without the group DM there is nowhere to hold tier 1: fail loudly rather than silently skip it.
  if (!dm.channel?.id) throw new Error('conversations.open returned no channel');
  return dm.channel.id;
}

/** Who is responsible for a tier's timebox, whose business hours count. */
function responsible(deps: Deps, e: Escalation, tier: Tier): Member {
  const holder = member(deps, e.holder);
  if (tier === 'lead') return member(deps, deps.directory.teamOf(holder).leads[0] as string);
  if (tier === 'ops') return deps.directory.policy.members.find((m) => m.roles.includes('ops')) ?? holder;
  return holder;
}

async function postTier(deps: Deps, e: Escalation, tier: Tier): Promise<void> {
  const { lines } = await evidence(deps, e);
  const tz = deps.directory.timezoneOf(responsible(deps, e, tier));
  await notify(
    deps,
    {
      channel: await channelFor(deps, e, tier),
      ...escalationMessage(e, tier, lines, deps.directory.nameOf, tz),
    },
    `escalation:${e._id.toHexString()}:${tier}`,
  );
  await deps.jobs.agenda.schedule(e.dueAt, ESCALATION_TIMEBOX, { escalationId: e._id.toHexString(), tier });
}

/**
 * "Ask for handoff": the account goes under review (one dispute per account, by unique
 * insert), the challenger's sequences are paused, and tier 1 starts in a group DM.
 */
export async function openEscalation(
  deps: Deps,
  alertId: string,
  challenger: Member,
  reason: string,
): Promise<{ escalation: Escalation; opened: boolean }> {
  const alert = await conflictById(deps.db, alertId);
  if (!alert) throw new AppError('stale_action', 'That alert no longer exists.');
  if (alert.challenger !== challenger.slack)
    throw new AppError('not_allowed', 'This alert was sent to someone else.');
  const claim = await claimById(deps.db, alert.claimId.toHexString());
  if (claim?.status !== 'active')
    throw new AppError('stale_action', `${alert.label} is no longer claimed: you can /claim it now.`);
  const now = deps.clock.now();
  const id = new Types.ObjectId();
  const dueAt = timeboxDue(
    'rep',
    now,
    deps.directory.calendarOf(member(deps, claim.owner)),
    deps.directory.policy.escalation,
  );
  try {
    await reviewLockModel(deps.db).create({
      _id: claim.key,
      escalationId: id,
      holder: claim.owner,
      since: now,
      dueAt,
    });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
    const lock = await reviewLockModel(deps.db).findById(claim.key).lean();
    const existing = lock && (await escalationById(deps.db, lock.escalationId.toHexString()));
    if (!existing) throw e;
    return { escalation: existing, opened: false };
  }
  const escalation: Escalation = {
    _id: id,
    key: claim.key,
    domain: claim.domain,
    holder: claim.owner,
    challenger: challenger.slack,
    holderClaimId: claim._id,
    reason,
    state: 'rep',
    dueAt,
    openedAt: now,
    messages: [],
    proposals: [],
  };
  await escalationModel(deps.db).create(escalation);
  await recordPause(deps, { member: challenger.slack, domain: claim.domain });
  await postTier(deps, escalation, 'rep');
  return { escalation, opened: true };
}

export type EscalationChoice = EscalationOutcome | 'ask_lead' | 'send_to_ops';
export type EscalationAnswer =
  | { kind: 'decided'; escalation: Escalation }
  | { kind: 'proposed'; waitingFor: string }
  | { kind: 'moved'; to: Tier }
  | { kind: 'already'; escalation: Escalation };

const isLeadFor = (deps: Deps, e: Escalation, m: Member) =>
  [e.holder, e.challenger].some((rep) => deps.directory.teamOf(member(deps, rep)).leads.includes(m.slack));

/** A button on the dispute. Who may press depends on the tier; anyone else is refused and nothing changes. */
export async function actOnEscalation(
  deps: Deps,
  escalationId: string,
  by: Member,
  choice: EscalationChoice,
): Promise<EscalationAnswer> {
  const e = await escalationById(deps.db, escalationId);
  if (!e) throw new AppError('stale_action', 'That dispute no longer exists.');
  if (e.state === 'decided') return { kind: 'already', escalation: e };
  if (e.state === 'rep') {
    if (by.slack !== e.holder && by.slack !== e.challenger)
      throw new AppError('not_allowed', 'Only the two reps decide at this tier.');
    if (choice === 'ask_lead')
      return (await advance(deps, e, 'asked_lead'))
        ? { kind: 'moved', to: 'lead' }
        : { kind: 'already', escalation: e };
    if (choice === 'send_to_ops')
      throw new AppError('not_allowed', 'The reps can ask the lead; the lead sends to ops.');
    // The challenger conceding decides at once; otherwise both must agree.
    if (by.slack === e.challenger && choice === 'keep') return decideAnswer(deps, e, 'keep', by.slack);
    await escalationModel(deps.db).updateOne(
      { _id: e._id },
      { $push: { proposals: { rep: by.slack, outcome: choice, at: deps.clock.now() } } },
    );
    const other = by.slack === e.holder ? e.challenger : e.holder;
    const agreed = e.proposals.filter((p) => p.rep === other).at(-1)?.outcome === choice;
    return agreed ? decideAnswer(deps, e, choice, by.slack) : { kind: 'proposed', waitingFor: other };
  }
  if (e.state === 'lead') {
    if (!isLeadFor(deps, e, by))
      throw new AppError('not_allowed', 'Only a lead of either rep’s team can decide this dispute.');
    if (choice === 'send_to_ops')
      return (await advance(deps, e, 'sent_to_ops'))
        ? { kind: 'moved', to: 'ops' }
        : { kind: 'already', escalation: e };
    if (choice === 'ask_lead') throw new AppError('not_allowed', 'The lead is deciding already.');
    return decideAnswer(deps, e, choice, by.slack);
  }
  if (!by.roles.includes('ops')) throw new AppError('not_allowed', 'Only RevOps decides at this tier.');
  if (choice === 'ask_lead' || choice === 'send_to_ops')
    throw new AppError('not_allowed', 'RevOps decides at this tier.');
  return decideAnswer(deps, e, choice, by.slack);
}

async function decideAnswer(
  deps: Deps,
  e: Escalation,
  outcome: EscalationOutcome,
  by: string,
): Promise<EscalationAnswer> {
  const decided = await decide(deps, e, outcome, by);
  return decided
    ? { kind: 'decided', escalation: decided }
    : { kind: 'already', escalation: (await escalationById(deps.db, e._id.toHexString())) ?? e };
}

/** Moves a dispute up one tier exactly once (a click and a timebox racing: one wins). */
async function advance(deps: Deps, e: Escalation, cause: TransitionCause): Promise<boolean> {
  const to: Tier = e.state === 'rep' ? 'lead' : 'ops';
  const now = deps.clock.now();
  const first = await decideOnce(deps.db, `escalation:${e._id.toHexString()}:leave:${e.state}`, {
    by: cause,
    outcome: to,
    at: now,
  });
  if (!first.first) return false;
  const dueAt = timeboxDue(
    to,
    now,
    deps.directory.calendarOf(responsible(deps, e, to)),
    deps.directory.policy.escalation,
  );
  const set: Partial<Escalation> = { state: to, dueAt };
  if (cause === 'timebox_expired') {
    const { signals } = await evidence(deps, e);
    const d = defaultDecision(...signals);
    set.interim = { ...d, at: now };
    for (const rep of [e.holder, e.challenger]) {
      const text = `No decision on ${e.domain} in time: meanwhile ${deps.directory.nameOf(d.sender)} writes and ${deps.directory.nameOf(d.pauser)} pauses. It goes to the ${to === 'lead' ? 'team lead' : 'RevOps'} now.`;
      await notify(
        deps,
        { channel: rep, text },
        `escalation:${e._id.toHexString()}:interim:${e.state}:${rep}`,
      );
    }
  }
  await escalationModel(deps.db).updateOne({ _id: e._id }, { $set: set });
  await reviewLockModel(deps.db).updateOne({ _id: e.key }, { $set: { dueAt } });
  await postTier(deps, { ...e, ...set }, to);
  return true;
}

/**
 * Applies a decision exactly once: ownership (a handover transfers the claim, audited), the
 * review lock lifted, every dispute message edited in place, everyone told.
 */
export async function decide(
  deps: Deps,
  e: Escalation,
  outcome: EscalationOutcome,
  by: string,
): Promise<Escalation | undefined> {
  const now = deps.clock.now();
  const first = await decideOnce(deps.db, `escalation:${e._id.toHexString()}:decided`, {
    by,
    outcome,
    at: now,
  });
  if (!first.first) return undefined;
  const decision = { outcome, by, at: now, final: true };
  await escalationModel(deps.db).updateOne({ _id: e._id }, { $set: { state: 'decided', decision } });
  if (outcome === 'handover') {
    const claim = await claimById(deps.db, e.holderClaimId.toHexString());
    if (
      claim?.status === 'active' &&
      (await endClaim(deps, claim, 'transfer', by, `dispute decided: ${outcomeText.handover}`))
    ) {
      const target = { level: 'account' as const, domain: claim.domain, key: claim.key };
      await takeClaim(
        deps,
        {
          member: member(deps, e.challenger),
          target,
          reason: claim.reason,
          note: 'handed over in a dispute',
        },
        now,
      );
    }
  }
  await reviewLockModel(deps.db).deleteOne({ _id: e.key, escalationId: e._id });
  const decided: Escalation = { ...e, state: 'decided', decision };
  const tz = deps.directory.policy.timezone;
  const sent = await outboxModel(deps.db)
    .find({ _id: { $regex: `^escalation:${e._id.toHexString()}:(rep|lead|ops)$` }, ts: { $exists: true } })
    .lean();
  for (const m of sent) {
    await deps.slack.chat.update({
      channel: m.channel,
      ts: m.ts as string,
      ...escalationDecidedMessage(decided, deps.directory.nameOf, tz),
    });
  }
  const newOwner = outcome === 'handover' ? e.challenger : e.holder;
  const bothWrote =
    (await activityModel(deps.db).distinct('member', { domain: e.domain, type: { $in: OUTBOUND } })).length >=
    2;
  for (const rep of [e.holder, e.challenger]) {
    const apology =
      rep === newOwner && bothWrote
        ? `\nBoth of you wrote to them; you might send:\n> ${APOLOGY_TEMPLATE}`
        : '';
    await notify(
      deps,
      {
        channel: rep,
        text: `${escalationDecidedMessage(decided, deps.directory.nameOf, tz).text}${apology}`,
      },
      `escalation:${e._id.toHexString()}:decided:${rep}`,
    );
  }
  return decided;
}

/** The Agenda job at a timebox's end: nothing if the dispute moved on; else default and up a tier. */
export async function timeboxExpired(deps: Deps, escalationId: string, tier: Tier): Promise<void> {
  const e = await escalationById(deps.db, escalationId);
  if (!e || e.state !== tier) return;
  if (tier !== 'ops') {
    await advance(deps, e, 'timebox_expired');
    return;
  }
  const { signals } = await evidence(deps, e);
  const d = defaultDecision(...signals);
  await decide(deps, e, d.sender === e.holder ? 'keep' : 'handover', 'system');
}
