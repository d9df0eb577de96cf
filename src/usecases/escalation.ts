import { Types } from 'mongoose';
import type { Deps } from '../deps.js';
import {
  type DecisionInput,
  decisionFor,
  defaultDecision,
  type Outcome,
  type Tier,
  type TransitionCause,
  timeboxDue,
} from '../domain/escalation.js';
import { parseTarget } from '../domain/target.js';
import { AppError, isDuplicateKey } from '../errors.js';
import type { Member } from '../policy/schema.js';
import { type Claim, claimById } from '../store/claims.js';
import { type Escalation, escalationById, escalationModel, reviewLockModel } from '../store/escalations.js';
import { decideOnce } from '../store/once.js';
import { defaultWhyText, escalationMessage, leadThreadMessage } from '../views/escalation.js';
import { applySequences, decide } from './escalation-decision.js';
import {
  activitiesOf,
  channelFor,
  type EvidencePack,
  evidence,
  loadEvidence,
  memberOf,
  packOf,
  responsible,
} from './escalation-evidence.js';
import { notify } from './notify.js';
import { setSequences } from './sequences.js';

export const ESCALATION_TIMEBOX = 'escalation:timebox';

/**
 * Posts a tier: its timebox job first (so a Slack outage cannot leave a dispute without a
 * deadline), then the message through the outbox; at tier 2 the buttons go in a thread reply.
 */
async function postTier(deps: Deps, e: Escalation, tier: Tier, known?: EvidencePack): Promise<void> {
  const id = e._id.toHexString();
  await deps.jobs.agenda.schedule(e.dueAt, ESCALATION_TIMEBOX, { escalationId: id, tier });
  const pack = known ?? (await evidence(deps, e));
  const tz = deps.directory.timezoneOf(responsible(deps, e, tier));
  const message = escalationMessage(e, tier, pack, deps.directory.nameOf, tz);
  let channel: string;
  try {
    channel = await channelFor(deps, e, tier);
  } catch (err) {
    // No group DM (Slack down): each rep gets the dispute in their own DM, retried by the outbox.
    deps.log.warn({ err, escalation: id }, 'group DM not opened; sending the dispute to each rep');
    for (const rep of [e.holder, e.challenger])
      await notify(deps, { channel: rep, ...message }, `escalation:${id}:${tier}:${rep}`);
    return;
  }
  await notify(deps, { channel, ...message }, `escalation:${id}:${tier}`);
  if (tier === 'lead')
    await notify(
      deps,
      { channel, ...leadThreadMessage(e, deps.directory.nameOf), threadOf: `escalation:${id}:lead` },
      `escalation:${id}:lead:thread`,
    );
}

/** Where a dispute starts: a conflict alert's "Ask for handoff", or "Escalate" on /check. */
export type DisputeOrigin = { claim: Claim };

/** Emails from the handoff modal: only valid addresses at the disputed company, at most 20. */
export function namedContacts(input: string, domain: string): string[] {
  const emails = input
    .split(/[\s,;]+/)
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);
  const bad = emails.filter((x) => {
    try {
      const t = parseTarget(x);
      return t.level !== 'contact' || t.domain !== domain;
    } catch {
      return true;
    }
  });
  if (bad.length)
    throw new AppError('bad_input', `Not a contact at ${domain}: ${bad.slice(0, 3).join(', ')}`);
  if (emails.length > 20) throw new AppError('bad_input', 'Name at most 20 contacts.');
  return [...new Set(emails)];
}

/**
 * The account goes under review (one dispute per account, by unique insert), the challenger's
 * sequences are paused, and tier 1 starts in a group DM.
 */
export async function openEscalation(
  deps: Deps,
  claim: Claim,
  challenger: Member,
  reason: string,
  contacts: string[] = [],
): Promise<{ escalation: Escalation; opened: boolean }> {
  if (claim.status !== 'active')
    throw new AppError(
      'stale_action',
      `${claim.email ?? claim.domain} is no longer claimed: you can /claim it now.`,
    );
  if (claim.owner === challenger.slack) throw new AppError('not_allowed', 'It is yours already.');
  const now = deps.clock.now();
  const id = new Types.ObjectId();
  const dueAt = timeboxDue(
    'rep',
    now,
    deps.directory.calendarOf(memberOf(deps, claim.owner)),
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
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const lock = await reviewLockModel(deps.db).findById(claim.key).lean();
    const existing = lock && (await escalationById(deps.db, lock.escalationId.toHexString()));
    if (!existing) throw err;
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
    contacts,
    state: 'rep',
    dueAt,
    openedAt: now,
    messages: [],
    proposals: [],
  };
  await escalationModel(deps.db).create(escalation);
  await setSequences(deps, {
    member: challenger.slack,
    domain: claim.domain,
    action: 'pause',
    reason: `dispute with ${deps.directory.nameOf(claim.owner)} under review`,
  });
  await postTier(deps, escalation, 'rep');
  return { escalation, opened: true };
}

/** The holder's claim a /check "Escalate" button points at, checked like the alert's. */
export async function claimToDispute(deps: Deps, claimId: string, challenger: Member): Promise<Claim> {
  const claim = await claimById(deps.db, claimId);
  if (claim?.status !== 'active')
    throw new AppError('stale_action', 'That claim has ended: /check again, and /claim it if it is free.');
  if (claim.owner === challenger.slack) throw new AppError('not_allowed', 'It is yours already.');
  return claim;
}

export type EscalationChoice = Outcome | 'ask_lead' | 'send_to_ops';
export type EscalationAnswer =
  | { kind: 'decided'; escalation: Escalation }
  | { kind: 'proposed'; waitingFor: string }
  | { kind: 'moved'; to: Tier }
  | { kind: 'already'; escalation: Escalation };

export const isLeadFor = (deps: Deps, e: Escalation, m: Member) =>
  [e.holder, e.challenger].some((rep) => deps.directory.teamOf(memberOf(deps, rep)).leads.includes(m.slack));

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
    if (choice === 'ask_lead') return moveAnswer(deps, e, 'asked_lead');
    if (choice === 'send_to_ops')
      throw new AppError('not_allowed', 'The reps can ask the lead; the lead sends to ops.');
    // The challenger conceding decides at once; otherwise both must agree.
    if (by.slack === e.challenger && choice === 'keep') return decideAnswer(deps, e, choice, by.slack);
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
    if (choice === 'send_to_ops') return moveAnswer(deps, e, 'sent_to_ops');
    if (choice === 'ask_lead') throw new AppError('not_allowed', 'The lead is deciding already.');
    return decideAnswer(deps, e, choice, by.slack);
  }
  // Tier 3 decides through the RevOps modal (decideAsOps), not with a bare button.
  throw new AppError('not_allowed', 'RevOps decides this one with the Decide… form.');
}

/** The RevOps modal's decision, after the form was checked. */
export async function decideAsOps(
  deps: Deps,
  escalationId: string,
  by: Member,
  input: DecisionInput,
): Promise<EscalationAnswer> {
  const e = await opsDispute(deps, escalationId, by);
  if (e.state !== 'ops') return { kind: 'already', escalation: e };
  const decided = await decide(deps, e, input, by.slack);
  return decided
    ? { kind: 'decided', escalation: decided }
    : { kind: 'already', escalation: await reread(deps, e) };
}

/** The dispute RevOps is about to decide; anyone without the ops role is refused. */
export async function opsDispute(deps: Deps, escalationId: string, by: Member): Promise<Escalation> {
  if (!by.roles.includes('ops')) throw new AppError('not_allowed', 'Only RevOps decides at this tier.');
  const e = await escalationById(deps.db, escalationId);
  if (!e) throw new AppError('stale_action', 'That dispute no longer exists.');
  return e;
}

const reread = async (deps: Deps, e: Escalation) => (await escalationById(deps.db, e._id.toHexString())) ?? e;

async function decideAnswer(
  deps: Deps,
  e: Escalation,
  outcome: Outcome,
  by: string,
): Promise<EscalationAnswer> {
  const decided = await decide(deps, e, decisionFor(outcome, e.holder, e.challenger), by);
  return decided
    ? { kind: 'decided', escalation: decided }
    : { kind: 'already', escalation: await reread(deps, e) };
}

async function moveAnswer(deps: Deps, e: Escalation, cause: TransitionCause): Promise<EscalationAnswer> {
  return (await advance(deps, e, cause))
    ? { kind: 'moved', to: e.state === 'rep' ? 'lead' : 'ops' }
    : { kind: 'already', escalation: await reread(deps, e) };
}

/**
 * Moves a dispute up one tier exactly once (a click and a timebox racing: one wins). A
 * timebox running out also applies the tier's default decision as the interim state.
 */
async function advance(deps: Deps, e: Escalation, cause: TransitionCause): Promise<boolean> {
  const from = e.state as Tier;
  const to: Tier = from === 'rep' ? 'lead' : 'ops';
  const now = deps.clock.now();
  const id = e._id.toHexString();
  const first = await decideOnce(deps.db, `escalation:${id}:leave:${from}`, {
    by: cause,
    outcome: to,
    at: now,
  });
  // Deciding shares this key, so a decision taken meanwhile makes the timebox do nothing.
  if (!first.first) return false;
  const dueAt = timeboxDue(
    to,
    now,
    deps.directory.calendarOf(responsible(deps, e, to)),
    deps.directory.policy.escalation,
  );
  const set: Partial<Escalation> = { state: to, dueAt };
  let pack: EvidencePack | undefined;
  if (cause === 'timebox_expired') {
    const inputs = await loadEvidence(deps, e);
    const d = defaultDecision(
      ...packOf(deps, e, inputs).signals,
      deps.directory.policy.escalation.defaults[from],
    );
    set.interim = { ...d, at: now };
    await applySequences(deps, e, d.pauser, 'dispute: default decision meanwhile');
    for (const rep of [e.holder, e.challenger]) {
      const text =
        `No decision on ${e.domain} in time: meanwhile ${deps.directory.nameOf(d.sender)} writes and ` +
        `${deps.directory.nameOf(d.pauser)} pauses (${defaultWhyText(d.why)}). It goes to the ${to === 'lead' ? 'team lead' : 'RevOps'} now.`;
      await notify(deps, { channel: rep, text }, `escalation:${id}:interim:${from}:${rep}`);
    }
    // The next tier's post shows the sequences as the interim decision left them: only the
    // activities changed since the evidence was read.
    pack = packOf(deps, e, { ...inputs, activities: await activitiesOf(deps, e) });
  }
  await escalationModel(deps.db).updateOne({ _id: e._id }, { $set: set });
  await reviewLockModel(deps.db).updateOne({ _id: e.key }, { $set: { dueAt } });
  await postTier(deps, { ...e, ...set }, to, pack);
  return true;
}

/** The Agenda job at a timebox's end: nothing if the dispute moved on; else default and up a tier. */
export async function timeboxExpired(deps: Deps, escalationId: string, tier: Tier): Promise<void> {
  const e = await escalationById(deps.db, escalationId);
  if (!e || e.state !== tier) return;
  if (tier !== 'ops') {
    await advance(deps, e, 'timebox_expired');
    return;
  }
  // At RevOps the default decision becomes final.
  const { signals } = await evidence(deps, e);
  const d = defaultDecision(...signals, deps.directory.policy.escalation.defaults.ops);
  const outcome = d.sender === e.holder ? 'keep' : 'handover';
  await decide(
    deps,
    e,
    {
      ...decisionFor(outcome, e.holder, e.challenger),
      rationale: `default decision: ${defaultWhyText(d.why)}`,
    },
    'system',
  );
}
