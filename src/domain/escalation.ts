import { DateTime } from 'luxon';
import type { Policy } from '../policy/schema.js';
import { addBusinessMinutes, endOfBusinessDay, type WorkCalendar } from './business-time.js';

/**
 * The three-tier dispute, as pure rules: the allowed transitions, when each timebox ends,
 * and the default decision applied when it does. The use case applies the effects.
 */
export const tiers = ['rep', 'lead', 'ops'] as const;
export type Tier = (typeof tiers)[number];
export type EscalationState = Tier | 'decided';

export type TransitionCause =
  | 'agreed'
  | 'asked_lead'
  | 'lead_decided'
  | 'sent_to_ops'
  | 'ops_decided'
  | 'timebox_expired';

/** The transition table on [from, to]: anything not listed is refused. */
const transitions: Record<EscalationState, Partial<Record<EscalationState, readonly TransitionCause[]>>> = {
  rep: { decided: ['agreed'], lead: ['asked_lead', 'timebox_expired'] },
  lead: { decided: ['lead_decided'], ops: ['sent_to_ops', 'timebox_expired'] },
  ops: { decided: ['ops_decided', 'timebox_expired'] },
  decided: {},
};

export function canTransition(from: EscalationState, to: EscalationState, cause: TransitionCause): boolean {
  return transitions[from][to]?.includes(cause) ?? false;
}

/** Where a timebox running out leads: up a tier, or at ops the default becomes final. */
export function onTimeout(tier: Tier): EscalationState {
  return tier === 'rep' ? 'lead' : tier === 'lead' ? 'ops' : 'decided';
}

/** When a tier's timebox ends, in the responsible person's business time. */
export function timeboxDue(tier: Tier, now: Date, calendar: WorkCalendar, rules: Policy['escalation']): Date {
  const length = rules[tier];
  if (length === 'end_of_day') return endOfBusinessDay(now, calendar, 60);
  return addBusinessMinutes(now, length, calendar);
}

/** What each rep has done with the prospect: the evidence the default decision weighs. */
export interface RepSignals {
  rep: string;
  /** The latest interested reply or booked meeting with this rep. */
  lastPositiveSignalAt?: Date;
  /** This rep's first recorded outbound to the account. */
  firstOutboundAt?: Date;
}

export type DefaultRule = Policy['escalation']['defaults']['rep'];

export interface DefaultDecision {
  sender: string; // writes to the prospect meanwhile
  pauser: string; // pauses
  why: 'recent_positive_signal' | 'first_outbound' | 'holder_keeps' | 'policy_holder' | 'policy_challenger';
}

/**
 * The interim (and, at ops, final) decision when nobody decides in time: the most recent
 * positive signal sends; with none, the earlier first recorded outbound; still tied, the holder.
 * The policy's per-tier `rule` can replace the weighing with a fixed side.
 */
export function defaultDecision(
  holder: RepSignals,
  challenger: RepSignals,
  rule: DefaultRule = 'signals',
): DefaultDecision {
  const pick = (winner: RepSignals, why: DefaultDecision['why']): DefaultDecision => ({
    sender: winner.rep,
    pauser: winner === holder ? challenger.rep : holder.rep,
    why,
  });
  // A team may decide a tier's default up front in the policy file instead of weighing signals.
  if (rule === 'holder_keeps') return pick(holder, 'policy_holder');
  if (rule === 'challenger_takes') return pick(challenger, 'policy_challenger');
  const h = holder.lastPositiveSignalAt?.getTime();
  const c = challenger.lastPositiveSignalAt?.getTime();
  if (h !== c && (h !== undefined || c !== undefined))
    return pick((c ?? -1) > (h ?? -1) ? challenger : holder, 'recent_positive_signal');
  const hf = holder.firstOutboundAt?.getTime();
  const cf = challenger.firstOutboundAt?.getTime();
  if (hf !== cf && (hf !== undefined || cf !== undefined)) {
    return pick(
      (cf ?? Number.POSITIVE_INFINITY) < (hf ?? Number.POSITIVE_INFINITY) ? challenger : holder,
      'first_outbound',
    );
  }
  return pick(holder, 'holder_keeps');
}

export type Outcome = 'keep' | 'handover' | 'co_own';

/** What a decision sets in motion; buttons give only the outcome, RevOps the rest. */
export interface DecisionInput {
  outcome: Outcome;
  sender: string;
  pauser?: string;
  ownerUntil?: Date;
  mergeNotes?: boolean;
  recheckOn?: string;
  rationale?: string;
  ruleChange?: string;
}

/** A button's decision: whoever owns it after sends, the other pauses; co-owners both send. */
export function decisionFor(outcome: Outcome, holder: string, challenger: string): DecisionInput {
  if (outcome === 'handover') return { outcome, sender: challenger, pauser: holder };
  if (outcome === 'co_own') return { outcome, sender: holder };
  return { outcome, sender: holder, pauser: challenger };
}

/**
 * The RevOps modal, checked field by field. `today` is the ops calendar's ISO date; dates are
 * ISO dates from Slack's datepicker; `endOfDay` turns the transfer's last day into an instant.
 */
export function opsDecision(
  form: Record<string, string | undefined>,
  reps: { holder: string; challenger: string },
  today: string,
  endOfDay: (isoDate: string) => Date,
): { ok: true; decision: DecisionInput } | { ok: false; errors: Partial<Record<OpsField, string>> } {
  const errors: Partial<Record<OpsField, string>> = {};
  const { owner, sender, pauser, until, mergeNotes, recheck, rationale, ruleChange } = form;
  const people = [reps.holder, reps.challenger];
  if (owner !== 'keep' && owner !== 'handover' && owner !== 'co_own') errors.owner = 'Pick who owns it.';
  if (!sender || !people.includes(sender)) errors.sender = 'Pick who sends next.';
  if (pauser !== 'nobody' && (!pauser || !people.includes(pauser)))
    errors.pauser = 'Pick who pauses, or Nobody.';
  else if (pauser === sender) errors.pauser = 'The one who sends next cannot also pause.';
  const untilProblem =
    until && (owner === 'handover' ? dayProblem(until, today) : 'A date applies only to a transfer.');
  if (untilProblem) errors.until = untilProblem;
  const recheckProblem = recheck && dayProblem(recheck, today);
  if (recheckProblem) errors.recheck = recheckProblem;
  if (!rationale?.trim()) errors.rationale = 'Say why, in a sentence: the reps and the decision log see it.';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    decision: {
      outcome: owner as Outcome,
      sender: sender as string,
      pauser: pauser === 'nobody' ? undefined : pauser,
      ownerUntil: until ? endOfDay(until) : undefined,
      mergeNotes: mergeNotes === 'yes',
      recheckOn: recheck || undefined,
      rationale: rationale?.trim(),
      ruleChange: ruleChange?.trim() || undefined,
    },
  };
}
/**
 * A form's date must be a real calendar day (YYYY-MM-DD), after today and within a year:
 * compared as text, "zzzz-garbage" would pass as "after today" and fail later, mid-decision.
 */
function dayProblem(isoDate: string, today: string): string | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? DateTime.fromISO(isoDate, { zone: 'UTC' }) : undefined;
  if (!day?.isValid) return 'Pick a date from the calendar (YYYY-MM-DD).';
  const first = DateTime.fromISO(today, { zone: 'UTC' });
  if (day <= first) return 'Pick a day after today.';
  if (day > first.plus({ years: 1 })) return 'Pick a day within a year.';
  return undefined;
}

export type OpsField =
  | 'owner'
  | 'sender'
  | 'pauser'
  | 'until'
  | 'mergeNotes'
  | 'recheck'
  | 'rationale'
  | 'ruleChange';
