import { DateTime } from 'luxon';
import type { Deps } from '../deps.js';
import type { DecisionInput, Tier } from '../domain/escalation.js';
import { contactKey } from '../domain/target.js';
import { isDuplicateKey } from '../errors.js';
import type { Activity } from '../store/activities.js';
import { activityModel } from '../store/activities.js';
import { finishRecordedEnding } from '../store/claim-changes.js';
import { type Claim, claimById, claimModel, liveClaim } from '../store/claims.js';
import { accountDecisionModel } from '../store/decision-log.js';
import {
  type Escalation,
  type EscalationDecision,
  escalationById,
  escalationModel,
  reviewLockModel,
} from '../store/escalations.js';
import { decideAndApply } from '../store/once.js';
import { APOLOGY_TEMPLATE } from '../views/escalation.js';
import { decidedStatus, personIn, settledMessage, settledThread, youOr } from '../views/escalation-status.js';
import { escapeMrkdwn } from '../views/text.js';
import { takeClaim } from './claim.js';
import { memberOf, OUTBOUND } from './escalation-evidence.js';
import { handOver } from './hand-over.js';
import { editLater } from './message-edits.js';
import { notify } from './notify.js';
import { setSequences } from './sequences.js';

export const ESCALATION_RECHECK = 'escalation:recheck';

/**
 * Applies a decision exactly once: ownership, the account's decision log, review lifted,
 * sequences paused/resumed, messages edited in place, everyone told. Deciding and moving up
 * share one unique key per tier (`<id>:leave:<tier>`), so a click racing a timebox, or two
 * leads clicking at once, make exactly one transition. Undefined when someone else won.
 */
export async function decide(
  deps: Deps,
  e: Escalation,
  input: DecisionInput,
  by: string,
): Promise<Escalation | undefined> {
  const now = deps.clock.now();
  const id = e._id.toHexString();
  const decision = { ...input, by, at: now };
  let decided: Escalation | undefined;
  const key = `escalation:${id}:leave:${e.state}`;
  const record = { by, outcome: input.outcome, at: now, data: { input } };
  await decideAndApply(deps.db, key, record, async () => {
    decided = await applyDecision(deps, e, decision);
  });
  return decided;
}

/**
 * A decision's effects, each safe to apply again: the sweep re-drives them when a crash cut
 * them short (usecases/half-done.ts).
 */
export async function applyDecision(
  deps: Deps,
  e: Escalation,
  decision: EscalationDecision,
): Promise<Escalation> {
  const id = e._id.toHexString();
  await escalationModel(deps.db).updateOne({ _id: e._id }, { $set: { state: 'decided', decision } });
  const decided: Escalation = { ...e, state: 'decided', decision };

  const taken = await applyOwnership(deps, decided, decision);
  await logDecision(deps, decided, decision);
  // Ownership first, then the review lifts: nobody else can slip in between.
  await reviewLockModel(deps.db).deleteOne({ _id: e.key, escalationId: e._id });
  await applySequences(deps, decided, decision.pauser, 'dispute decided');
  editDisputeMessages(deps, decided);
  await tellEveryone(deps, decided, taken);
  if (decision.recheckOn) {
    const ops = deps.directory.policy;
    const at = DateTime.fromISO(`${decision.recheckOn}T${ops.hours.start}`, {
      zone: ops.timezone,
    }).toJSDate();
    await deps.jobs.agenda.schedule(at, ESCALATION_RECHECK, { escalationId: id });
  }
  return decided;
}

/** Handover moves the claim (audited); co-own gives the challenger the named contacts. */
async function applyOwnership(deps: Deps, e: Escalation, d: EscalationDecision): Promise<string[]> {
  const claim = await claimById(deps.db, e.holderClaimId.toHexString());
  if (!claim) return [];
  if (claim.status !== 'active') {
    // Ended already: by this decision before a crash cut it short (its handover may still
    // hold the lock), or by something else. Either way the recorded ending is finished.
    await finishRecordedEnding(deps.db, claim);
    return d.outcome === 'handover' && claim.status === 'transferred' ? [claim.email ?? claim.domain] : [];
  }
  const mergedNote = [claim.note, `${deps.directory.nameOf(e.challenger)}: ${e.reason}`]
    .filter(Boolean)
    .join(' · ');
  if (d.outcome === 'handover') {
    const why = { ended: 'dispute decided: handed over', taken: 'won the dispute', actor: d.by };
    const terms = { note: d.mergeNotes ? mergedNote : 'handed over in a dispute', expiresAt: d.ownerUntil };
    if (!(await handOver(deps, claim, memberOf(deps, e.challenger), why, terms))) return [];
    return [claim.email ?? claim.domain];
  }
  if (d.mergeNotes) await claimModel(deps.db).updateOne({ _id: claim._id }, { $set: { note: mergedNote } });
  if (d.outcome !== 'co_own' || claim.level !== 'account') return [];
  return coOwnContacts(deps, e, claim, d.at);
}

/** The challenger's named contacts, or else the ones they already wrote to; only free ones. */
async function coOwnContacts(deps: Deps, e: Escalation, claim: Claim, now: Date): Promise<string[]> {
  const named = e.contacts.length
    ? e.contacts
    : (
        await activityModel(deps.db).distinct('email', {
          domain: e.domain,
          member: e.challenger,
          type: { $in: OUTBOUND },
        })
      ).filter((x): x is string => typeof x === 'string');
  const taken: string[] = [];
  for (const email of named) {
    const key = contactKey(email);
    if (await liveClaim(deps.db, key)) continue; // someone's already: co-own never takes it away
    const out = await takeClaim(
      deps,
      {
        member: memberOf(deps, e.challenger),
        target: { level: 'contact', domain: claim.domain, email, key },
        reason: 'prospecting',
        note: `co-own with ${deps.directory.nameOf(e.holder)} (captain)`,
      },
      now,
    );
    if (out.kind === 'claimed') taken.push(email);
  }
  return taken;
}

async function logDecision(deps: Deps, e: Escalation, d: EscalationDecision): Promise<void> {
  try {
    await accountDecisionModel(deps.db).create({
      _id: e._id.toHexString(),
      key: e.key,
      domain: e.domain,
      holder: e.holder,
      challenger: e.challenger,
      outcome: d.outcome,
      by: d.by,
      at: d.at,
      sender: d.sender,
      pauser: d.pauser,
      rationale: d.rationale,
      ruleChange: d.ruleChange,
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

/** The one who pauses is paused; the other is resumed if paused. Co-owners (no pauser) both send. */
export async function applySequences(
  deps: Deps,
  e: Escalation,
  pauser: string | undefined,
  reason: string,
  known?: readonly Activity[],
): Promise<Activity[]> {
  const recorded: Activity[] = [];
  for (const rep of [e.holder, e.challenger]) {
    const action = rep === pauser ? 'pause' : 'resume';
    const done = await setSequences(deps, { member: rep, domain: e.domain, action, reason }, known);
    if (done.recorded) recorded.push(done.recorded);
  }
  return recorded;
}

/** The outbox keys of a tier's messages: the post, or the per-rep DMs sent when no group DM opened. */
export const tierMessageKeys = (e: Escalation, tier: Tier) => {
  const id = e._id.toHexString();
  return [
    `escalation:${id}:${tier}`,
    `escalation:${id}:${tier}:${e.holder}`,
    `escalation:${id}:${tier}:${e.challenger}`,
  ];
};

/**
 * Every message that showed this dispute (each tier, the lead's thread, and the per-rep DMs
 * sent when no group DM could be opened) now states the outcome once, keeps its evidence and
 * loses its buttons; the lead's thread reply points at the message above.
 */
function editDisputeMessages(deps: Deps, e: Escalation): void {
  const tz = deps.directory.policy.timezone;
  const { nameOf } = deps.directory;
  for (const tier of ['rep', 'lead', 'ops'] as const) {
    const status = decidedStatus(e, personIn(tier, nameOf), tz);
    const edit = { text: `Dispute over ${e.domain}: decided`, status, rationale: e.decision?.rationale };
    for (const key of tierMessageKeys(e, tier)) editLater(deps, key, (sent) => settledMessage(sent, edit));
  }
  editLater(deps, `escalation:${e._id.toHexString()}:lead:thread`, settledThread(true));
}

async function tellEveryone(deps: Deps, e: Escalation, taken: string[]): Promise<void> {
  const d = e.decision as EscalationDecision;
  const tz = deps.directory.policy.timezone;
  const newOwner = d.outcome === 'handover' ? e.challenger : e.holder;
  const bothWrote =
    (
      await activityModel(deps.db).distinct('member', {
        domain: e.domain,
        member: { $in: [e.holder, e.challenger] },
        type: { $in: OUTBOUND },
      })
    ).length >= 2;
  for (const rep of [e.holder, e.challenger]) {
    const lines = [
      `Dispute over *${escapeMrkdwn(e.domain)}*: ${decidedStatus(e, youOr(rep, deps.directory.nameOf), tz)}`,
    ];
    if (d.rationale) lines.push(`Rationale: ${escapeMrkdwn(d.rationale)}`);
    if (d.outcome === 'co_own' && rep === e.challenger)
      lines.push(
        taken.length ? `Your contacts there now: ${taken.join(', ')}.` : 'No contacts were free to take.',
      );
    if (rep === newOwner && bothWrote)
      lines.push(`Both of you wrote to them; you might send:\n> ${APOLOGY_TEMPLATE}`);
    await notify(
      deps,
      { channel: rep, text: lines.join('\n') },
      `escalation:${e._id.toHexString()}:decided:${rep}`,
    );
  }
}

/** The recheck date RevOps set: a reminder in the ops channel with what was decided and why. */
export async function postRecheck(deps: Deps, escalationId: string): Promise<void> {
  const e = await escalationById(deps.db, escalationId);
  if (!e?.decision) return;
  const text = decidedStatus(e, personIn('ops', deps.directory.nameOf), deps.directory.policy.timezone);
  const why = e.decision.rationale ? ` Rationale: ${escapeMrkdwn(e.decision.rationale)}` : '';
  await notify(
    deps,
    {
      channel: deps.directory.policy.channels.ops,
      text: `Recheck due today: the dispute over *${escapeMrkdwn(e.domain)}*. ${text}${why}`,
    },
    `escalation:${escalationId}:recheck`,
  );
}
