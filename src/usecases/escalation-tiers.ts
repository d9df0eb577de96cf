import type { Deps } from '../deps.js';
import {
  decisionFor,
  defaultDecision,
  type Tier,
  type TransitionCause,
  timeboxDue,
} from '../domain/escalation.js';
import { type Escalation, escalationById, escalationModel, reviewLockModel } from '../store/escalations.js';
import { decideAndApply } from '../store/once.js';
import { defaultWhyText, escalationMessage, leadThreadMessage } from '../views/escalation.js';
import {
  movedStatus,
  nextSteps,
  personIn,
  settledMessage,
  settledThread,
  youOr,
} from '../views/escalation-status.js';
import { escapeMrkdwn } from '../views/text.js';
import { applySequences, decide, tierMessageKeys } from './escalation-decision.js';
import {
  channelFor,
  type EvidencePack,
  evidence,
  loadEvidence,
  packOf,
  responsible,
} from './escalation-evidence.js';
import { editLater } from './message-edits.js';
import { notify } from './notify.js';

/**
 * The tiers of a dispute over time: posting a tier (its timebox job first), moving up a tier
 * once (a unique key per tier shared with deciding), and the timebox job's default decision.
 */
export const ESCALATION_TIMEBOX = 'escalation:timebox';

/**
 * Posts a tier: its timebox job first (so a Slack outage cannot leave a dispute without a
 * deadline), then the message through the outbox; at tier 2 the buttons go in a thread reply.
 */
export async function postTier(deps: Deps, e: Escalation, tier: Tier, known?: EvidencePack): Promise<void> {
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

/**
 * Moves a dispute up one tier exactly once (a click and a timebox racing: one wins). A
 * timebox running out also applies the tier's default decision as the interim state.
 */
export async function advance(
  deps: Deps,
  e: Escalation,
  cause: TransitionCause,
  by?: string,
): Promise<boolean> {
  const from = e.state as Tier;
  const to: Tier = from === 'rep' ? 'lead' : 'ops';
  const now = deps.clock.now();
  const key = `escalation:${e._id.toHexString()}:leave:${from}`;
  // Deciding shares this key, so a decision taken meanwhile makes the timebox do nothing.
  return decideAndApply(deps.db, key, { by: cause, outcome: to, at: now, data: by ? { by } : {} }, () =>
    applyAdvance(deps, e, from, now, cause, by),
  );
}

/**
 * Moving up's effects, each safe to apply again (the sweep re-drives them after a crash): the
 * interim default on a timebox, the new state and deadline, the next tier's post, the old
 * tier's messages settled.
 */
export async function applyAdvance(
  deps: Deps,
  e: Escalation,
  from: Tier,
  now: Date,
  cause: TransitionCause,
  by?: string,
): Promise<void> {
  const to: Tier = from === 'rep' ? 'lead' : 'ops';
  const id = e._id.toHexString();
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
    const recorded = await applySequences(
      deps,
      e,
      d.pauser,
      'dispute: default decision meanwhile',
      inputs.activities,
    );
    for (const rep of [e.holder, e.challenger]) {
      const text =
        `No decision on *${escapeMrkdwn(e.domain)}* in time. Meanwhile: ${nextSteps(e, d, youOr(rep, deps.directory.nameOf))} ` +
        `(${defaultWhyText(d.why)}). It goes to the ${to === 'lead' ? 'team lead' : 'RevOps'} now.`;
      await notify(deps, { channel: rep, text }, `escalation:${id}:interim:${from}:${rep}`);
    }
    // The next tier's post shows the sequences as the interim decision left them.
    pack = packOf(deps, e, { ...inputs, activities: [...inputs.activities, ...recorded] });
  }
  // Only from the tier it leaves (or again, re-driven): never over a decision taken since.
  await escalationModel(deps.db).updateOne({ _id: e._id, state: { $in: [from, to] } }, { $set: set });
  await reviewLockModel(deps.db).updateOne({ _id: e.key }, { $set: { dueAt } });
  await postTier(deps, { ...e, ...set }, to, pack);
  await settleTier(deps, { ...e, ...set }, from, cause, by);
}

/** The tier it left: its messages keep what they showed, say where it went and why, lose their buttons. */
async function settleTier(deps: Deps, e: Escalation, from: Tier, cause: TransitionCause, by?: string) {
  const to = e.state as Tier;
  const who = personIn(from, deps.directory.nameOf);
  const where = await channelFor(deps, e, to).then(
    (channel) => `<#${channel}>`,
    () => (to === 'lead' ? 'the leads’ channel' : 'the RevOps channel'),
  );
  const why =
    cause === 'timebox_expired'
      ? e.interim
        ? `no decision in time, so meanwhile ${nextSteps(e, e.interim, who)}`
        : 'no decision in time'
      : by
        ? `${who(by)} ${cause === 'asked_lead' ? 'asked the lead' : 'sent it to RevOps'}`
        : cause.replace(/_/g, ' ');
  const tz = deps.directory.policy.timezone;
  const status = movedStatus(to, where, why.replace(/\.$/, ''), deps.clock.now(), tz);
  const edit = {
    text: `Dispute over ${e.domain}: went to ${to === 'lead' ? 'the team lead' : 'RevOps'}`,
    status,
  };
  for (const key of tierMessageKeys(e, from)) editLater(deps, key, (sent) => settledMessage(sent, edit));
  if (from === 'lead') editLater(deps, `escalation:${e._id.toHexString()}:lead:thread`, settledThread(false));
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
