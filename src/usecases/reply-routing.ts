import type { Deps } from '../deps.js';

/** Routing reads the database and the policy only, so the CLI can run it without Slack. */
export type RoutingDeps = Pick<Deps, 'db' | 'directory'>;

import { isWorkingTime } from '../domain/business-time.js';
import { type Candidate, normaliseSource, type RouteDecision, route, sourceWhy } from '../domain/routing.js';
import { accountKey, contactKey } from '../domain/target.js';
import { isDuplicateKey } from '../errors.js';
import type { Member } from '../policy/schema.js';
import { type Activity, sequenceHistory } from '../store/activities.js';
import { type Claim, liveClaimsOn } from '../store/claims.js';
import type { Reply } from '../store/replies.js';
import { roundRobinModel } from '../store/round-robin.js';
import { earlierReplyInThread, sendAnswered } from '../store/threads.js';

/** What routing reads from a reply: enough for `npm run route -- --explain` to use too. */
export type Routable = Pick<Reply, '_id' | 'from' | 'domain' | 'inReplyTo' | 'references'>;

/** The live claims on a reply's sender and account, by key (each read by `_id`, side by side). */
export const replyClaims = (deps: Pick<Deps, 'db'>, r: Pick<Reply, 'from' | 'domain'>) =>
  liveClaimsOn(deps.db, [contactKey(r.from), accountKey(r.domain)]);

export interface RoutingOptions {
  /** Changes nothing (npm run route). */
  peek?: boolean;
  /** The reply's claims (`replyClaims`), when the caller reads them for its own use too. */
  claims?: Promise<Map<string, Claim>>;
  /** The sender's `sequenceHistory`, likewise. */
  history?: Promise<Activity[]>;
  /** The send the reply answers (`sendAnswered`), likewise. */
  sent?: Promise<Activity | null>;
}

/** Every candidate owner, one per routing step that finds someone. */
export async function candidatesFor(
  deps: RoutingDeps,
  reply: Routable,
  now: Date,
  { peek = false, claims: known, history: knownHistory, sent }: RoutingOptions = {},
): Promise<Candidate[]> {
  const { directory } = deps;
  const found: Candidate[] = [];

  // Thread: only stickiness, the owner an earlier reply in this conversation was routed or
  // reassigned to. Who sent the email it answers is the sequence step, below the account owner.
  const [earlier, outbound, claims, history] = await Promise.all([
    earlierReplyInThread(deps.db, reply),
    sent ?? sendAnswered(deps.db, reply),
    known ?? replyClaims(deps, reply),
    // The contact's lead source and latest sequence, newest first.
    knownHistory ?? sequenceHistory(deps.db, reply.from),
  ]);
  if (earlier?.owner) found.push({ step: 'thread', member: earlier.owner, why: 'owns this thread' });

  // The account step: a contact's claim (someone the owner let co-own it), then the account's
  // standing owner (policy accounts[].owner, a permanent claim), then a claim on the account.
  const claimOf = (claim: Claim) => {
    const what = claim.level === 'contact' ? `owns ${reply.from}` : `owns ${reply.domain}`;
    return {
      step: 'account' as const,
      member: claim.owner,
      why: claim.reason === 'open_deal' ? `${what} (open deal)` : what,
    };
  };
  const contactClaim = claims.get(contactKey(reply.from));
  const accountClaim = claims.get(accountKey(reply.domain));
  const standing = directory.accounts.of(reply.domain);
  if (contactClaim) found.push(claimOf(contactClaim));
  if (standing?.owner)
    found.push({ step: 'account', member: standing.owner, why: `owns ${standing.name} (account owner)` });
  if (accountClaim) found.push(claimOf(accountClaim));

  const source = normaliseSource(history.find((a) => a.source)?.source, directory.policy.routing.sources);
  if (source) found.push({ step: 'source', member: source.owner, why: sourceWhy(source.name) });

  if (outbound)
    found.push({
      step: 'sequence',
      member: outbound.member,
      why: outbound.sequence
        ? `sent the email this answers, in sequence ${outbound.sequence}`
        : 'sent the email this answers',
    });
  else {
    const sequence = history.find((a) => a.type === 'sequence_start' && a.sequence);
    if (sequence)
      found.push({ step: 'sequence', member: sequence.member, why: `runs sequence ${sequence.sequence}` });
  }

  const account = directory.accounts.of(reply.domain);
  const territory = account?.territory;
  if (territory) {
    const segment = directory.policy.routing.splitBySegment ? account?.segment : undefined;
    const pick = await roundRobin(deps, territory, segment, reply._id, now, peek);
    if (pick) found.push({ step: 'territory', member: pick.member.slack, why: pick.why });
  }
  return found;
}

/** The one owner, with the sentence that says why. `peek` changes nothing (npm run route). */
export async function routeReply(
  deps: RoutingDeps,
  reply: Routable,
  now: Date,
  options: RoutingOptions = {},
): Promise<RouteDecision> {
  const { directory } = deps;
  const { policy } = directory;
  // Someone who left owns nothing new: their claims are on their way to their heir.
  const candidates = (await candidatesFor(deps, reply, now, options)).filter(
    (c) => !directory.hasLeft(directory.member(c.member), now),
  );
  return route(candidates, policy.routing.order, policy.roles.fallback, directory.nameOf);
}

/**
 * The next turn in a rotation (a territory, a pod): each turn is a unique insert
 * (`<label>:<n>`), so two replies at once never get the same turn, and the same reply asked
 * again gets its own turn back. `peek` takes none (npm run route).
 */
export async function takeTurn(
  deps: RoutingDeps,
  label: string,
  replyId: string,
  peek: boolean,
): Promise<number | undefined> {
  const rr = roundRobinModel(deps.db);
  let turn = (await rr.findOne({ replyId, territory: label }).lean())?.n;
  if (turn === undefined && peek)
    turn = ((await rr.findOne({ territory: label }).sort({ n: -1 }).lean())?.n ?? -1) + 1;
  for (let attempt = 0; turn === undefined && attempt < 20; attempt++) {
    const last = await rr.findOne({ territory: label }).sort({ n: -1 }).lean();
    const n = (last?.n ?? -1) + 1;
    try {
      await rr.create({ _id: `${label}:${n}`, territory: label, n, replyId });
      turn = n;
    } catch (e) {
      if (!isDuplicateKey(e)) throw e; // someone took that turn a moment ago: take the next
    }
  }
  return turn;
}

/**
 * The territory's next rep in turn. Each turn is a unique insert (`<territory>:<n>`), so two
 * replies at once never get the same turn, and the same reply asked again gets its own turn
 * back. Someone out of office or off hours hands the turn to their backup, else the next rep.
 */
async function roundRobin(
  deps: RoutingDeps,
  territory: string,
  segment: string | undefined,
  replyId: string,
  now: Date,
  peek: boolean,
): Promise<{ member: Member; why: string } | undefined> {
  const { directory } = deps;
  const inTerritory = directory.policy.members
    .filter((m) => m.territory === territory && m.roles.includes('rep') && !directory.hasLeft(m, now))
    .sort((a, b) => a.slack.localeCompare(b.slack));
  // Segment split first: the segment's reps in the territory, when there are any.
  const inSegment = segment ? inTerritory.filter((m) => m.segment === segment) : [];
  const reps = inSegment.length ? inSegment : inTerritory;
  const label = inSegment.length ? `${territory}/${segment}` : territory;
  if (reps.length === 0) return undefined;
  const available = (m: Member) =>
    !directory.awayOn(m, now) && !directory.hasLeft(m, now) && isWorkingTime(now, directory.calendarOf(m));
  const turn = await takeTurn(deps, label, replyId, peek);
  if (turn === undefined) return undefined;
  for (let i = 0; i < reps.length; i++) {
    const rep = reps[(turn + i) % reps.length] as Member;
    if (available(rep)) return { member: rep, why: `is next in territory ${label} (round robin)` };
    const backup = rep.backup ? directory.member(rep.backup) : undefined;
    if (backup && available(backup))
      return { member: backup, why: `covers for ${rep.name}, next in territory ${label} (round robin)` };
  }
  // Nobody in the territory is working now: the turn's rep still owns it, the SLA waits for their hours.
  return {
    member: reps[turn % reps.length] as Member,
    why: `is next in territory ${label} (round robin, off hours)`,
  };
}
