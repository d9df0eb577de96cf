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

export interface DefaultDecision {
  sender: string; // writes to the prospect meanwhile
  pauser: string; // pauses
  why: 'recent_positive_signal' | 'first_outbound' | 'holder_keeps';
}

/**
 * The interim (and, at ops, final) decision when nobody decides in time: the most recent
 * positive signal sends; with none, the earlier first recorded outbound; still tied, the holder.
 */
export function defaultDecision(holder: RepSignals, challenger: RepSignals): DefaultDecision {
  const pick = (winner: RepSignals, why: DefaultDecision['why']): DefaultDecision => ({
    sender: winner.rep,
    pauser: winner === holder ? challenger.rep : holder.rep,
    why,
  });
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
