import type { Policy } from '../policy/schema.js';

export type RouteStep = Policy['routing']['order'][number];

/** Someone who could own a reply, found by one routing step, with the reason in a phrase. */
export interface Candidate {
  step: RouteStep;
  member: string;
  why: string; // "account owner of acme.com", "territory west (round robin)"
}

export interface RouteDecision {
  owner: string;
  step: RouteStep;
  why: string;
  /** One sentence: "Ava Stone owns northwind.com — beats Ben Ode (sent the email this answers)". */
  explanation: string;
  losers: Candidate[];
}

/**
 * Exactly one owner: the first step in the policy's order that found someone. The other
 * candidates are listed as the ones that lost, in order. With no candidate at all, the
 * fallback owner (always set in the policy).
 */
export function route(
  candidates: readonly Candidate[],
  order: readonly RouteStep[],
  fallback: string,
  nameOf: (id: string) => string,
): RouteDecision {
  const rank = (c: Candidate) => {
    const i = order.indexOf(c.step);
    return i === -1 ? order.length : i;
  };
  // Steps the policy left out of its order do not route; they are not candidates either.
  const ranked = candidates.filter((c) => order.includes(c.step)).sort((a, b) => rank(a) - rank(b));
  const winner = ranked[0] ?? { step: 'fallback' as const, member: fallback, why: 'is the fallback owner' };
  // The winner found again by a later step is no rival: list only other people.
  const losers = ranked.slice(1).filter((c) => c.member !== winner.member);
  // One line per person: the first step that found them says why they were in the running.
  const others = [...new Map(losers.map((c) => [c.member, c])).values()].map(
    (c) => `${nameOf(c.member)} (${c.why})`,
  );
  const beats = others.length
    ? ` — beats ${others.slice(0, -1).join(', ')}${others.length > 1 ? ' and ' : ''}${others.at(-1)}`
    : '';
  return {
    owner: winner.member,
    step: winner.step,
    why: winner.why,
    explanation: `${nameOf(winner.member)} ${winner.why}${beats}`,
    losers,
  };
}

/**
 * A lead-source label as the policy names it: "APOLLO export", "apollo.io" and "Apollo" are
 * all "Apollo" when the policy lists Apollo (by name or alias). Unknown labels: undefined.
 */
/** How a lead source's routing reads; the weekly audit finds idle sources by it. */
export const sourceWhy = (name: string) => `owns the ${name} lead source`;

export function normaliseSource<S extends { name: string; aliases: string[] }>(
  label: string | undefined,
  sources: readonly S[],
): S | undefined {
  if (!label) return undefined;
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/\.[a-z]{2,}\b/g, '') // apollo.io → apollo
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const input = words(label);
  return sources.find((src) =>
    [src.name, ...src.aliases].some((alias) => {
      const a = words(alias);
      return a.length > 0 && a.every((w, i) => input[i] === w);
    }),
  );
}
