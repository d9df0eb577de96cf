import { Types } from 'mongoose';
import type { Deps } from '../deps.js';
import {
  type DecisionInput,
  decisionFor,
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
import { latestProposal, propose } from '../store/proposals.js';
import { decide } from './escalation-decision.js';
import { memberOf, responsible } from './escalation-evidence.js';
import { advance, postTier } from './escalation-tiers.js';
import { setSequences } from './sequences.js';

export { ESCALATION_TIMEBOX, timeboxExpired } from './escalation-tiers.js';

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
  // A VIP account's dispute skips the reps' tier: the lead decides from the start.
  const tier: Tier = deps.directory.accounts.of(claim.domain)?.vip ? 'lead' : 'rep';
  const parties = { holder: claim.owner, challenger: challenger.slack } as Escalation;
  const dueAt = timeboxDue(
    tier,
    now,
    deps.directory.calendarOf(responsible(deps, parties, tier)),
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
    state: tier,
    dueAt,
    openedAt: now,
    messages: [],
  };
  await escalationModel(deps.db).create(escalation);
  await setSequences(deps, {
    member: challenger.slack,
    domain: claim.domain,
    action: 'pause',
    reason: `dispute with ${deps.directory.nameOf(claim.owner)} under review`,
  });
  await postTier(deps, escalation, tier);
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
  // A rep's late press on the tier-1 message (a stale client still shows its buttons): it moved on.
  const rep = by.slack === e.holder || by.slack === e.challenger;
  if (e.state !== 'rep' && rep && !(e.state === 'lead' && isLeadFor(deps, e, by)))
    return { kind: 'already', escalation: e };
  if (e.state === 'rep') {
    if (by.slack !== e.holder && by.slack !== e.challenger)
      throw new AppError('not_allowed', 'Only the two reps decide at this tier.');
    if (choice === 'ask_lead') return moveAnswer(deps, e, 'asked_lead', by.slack);
    if (choice === 'send_to_ops')
      throw new AppError('not_allowed', 'The reps can ask the lead; the lead sends to ops.');
    // The challenger conceding decides at once; otherwise both must agree.
    if (by.slack === e.challenger && choice === 'keep') return decideAnswer(deps, e, choice, by.slack);
    await propose(deps.db, escalationId, by.slack, choice, deps.clock.now());
    const other = by.slack === e.holder ? e.challenger : e.holder;
    // Read after our own write: when both press at the same moment, at least the later reader
    // sees both proposals (and decide() lets exactly one of them decide).
    const agreed = (await latestProposal(deps.db, escalationId, other)) === choice;
    return agreed ? decideAnswer(deps, e, choice, by.slack) : { kind: 'proposed', waitingFor: other };
  }
  if (e.state === 'lead') {
    if (!isLeadFor(deps, e, by))
      throw new AppError('not_allowed', 'Only a lead of either rep’s team can decide this dispute.');
    if (choice === 'send_to_ops') return moveAnswer(deps, e, 'sent_to_ops', by.slack);
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

async function moveAnswer(
  deps: Deps,
  e: Escalation,
  cause: TransitionCause,
  by: string,
): Promise<EscalationAnswer> {
  return (await advance(deps, e, cause, by))
    ? { kind: 'moved', to: e.state === 'rep' ? 'lead' : 'ops' }
    : { kind: 'already', escalation: await reread(deps, e) };
}
