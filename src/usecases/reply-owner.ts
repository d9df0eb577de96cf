import type { Deps } from '../deps.js';
import type { RouteDecision } from '../domain/routing.js';
import type { Claim } from '../store/claims.js';
import { isLegal, type Reply } from '../store/replies.js';
import { escapeMrkdwn, formatWhen, slackWhen } from '../views/text.js';
import { type Cover, coverFor } from './coverage.js';
import { notify } from './notify.js';
import { dmKey, ownerMessage } from './reply-messages.js';
import { type TopicOverride, topicOverride } from './reply-overrides.js';
import { type RoutingOptions, routeReply } from './reply-routing.js';

/** Categories a person must answer: an SLA, and topic specialists. */
export const NEEDS_ANSWER: readonly Reply['category'][] = ['interested', 'other'];
/** Steps whose pick is a person who may be away: they get cover (territory covers itself). */
const COVERED_STEPS: readonly string[] = ['thread', 'account', 'source', 'sequence'];

export interface OwnerDecision {
  /** What routing alone said (the audit counts its steps). */
  routing: RouteDecision;
  owner: string;
  route: NonNullable<Reply['route']>;
  covered?: Cover;
  specialist?: TopicOverride;
}

/**
 * Who answers a reply, after routing: a topic specialist instead of the owner (routing.overrides,
 * `instead`), a legal threat to the owner's lead, and cover for an owner away or off hours.
 * A `with` specialist leaves the owner and is told alongside. Each changes the explanation,
 * which keeps what routing said.
 */
export async function decideOwner(
  deps: Deps,
  reply: Reply,
  now: Date,
  human: boolean,
  known: Pick<RoutingOptions, 'claims' | 'history' | 'sent'> = {},
): Promise<OwnerDecision> {
  const { directory } = deps;
  const decision = await routeReply(deps, reply, now, known);
  let owner = decision.owner;
  let route: OwnerDecision['route'] = { ...decision };
  const special = NEEDS_ANSWER.includes(reply.category) ? await topicOverride(deps, reply, now) : undefined;
  if (special?.rule.mode === 'instead') {
    const why = `takes ${special.topic} questions`;
    route = {
      ...route,
      step: 'override',
      why,
      explanation: `${special.member.name} ${why}; routing said: ${route.explanation}`,
    };
    owner = special.member.slack;
  } else if (special && special.member.slack !== owner) {
    route = { ...route, specialist: { member: special.member.slack, topic: special.topic } };
  }
  if (isLegal(reply)) {
    const m = directory.member(owner);
    const lead = m ? directory.teamOf(m).leads[0] : undefined;
    if (lead && lead !== owner) {
      const why = `leads ${directory.nameOf(owner)}'s team (legal question)`;
      route = {
        ...route,
        step: 'lead',
        why,
        explanation: `${directory.nameOf(lead)} ${why}; routing said: ${decision.explanation}`,
      };
      owner = lead;
    }
  }
  const vip = directory.accounts.of(reply.domain)?.vip ?? false;
  const covered =
    human && COVERED_STEPS.includes(route.step) ? coverFor(directory, owner, now, vip) : undefined;
  if (covered) {
    const { member, for: away, why, until } = covered;
    route = {
      ...route,
      why: `covers for ${away.name} (${why})`,
      explanation: `${member.name} covers for ${away.name} (${why} until ${formatWhen(until, directory.timezoneOf(away))}); routing said: ${route.explanation}`,
      cover: { for: away.slack, why, until },
    };
    owner = member.slack;
  }
  return { routing: decision, owner, route, covered, specialist: route.specialist ? special : undefined };
}

/**
 * The owner's stand-in tells them. A `with` specialist joins the owner in a group DM holding
 * the reply (no buttons: the owner answers the prospect, the two talk it through there).
 */
export async function tellOthers(
  deps: Deps,
  routed: Reply,
  d: OwnerDecision,
  claims?: Map<string, Claim>,
): Promise<void> {
  const { directory } = deps;
  if (d.covered)
    await notify(
      deps,
      {
        channel: d.covered.for.slack,
        text: `:busts_in_silhouette: A reply from ${escapeMrkdwn(routed.from)} (${escapeMrkdwn(routed.domain)}) went to ${escapeMrkdwn(d.covered.member.name)}, covering for you (${d.covered.why}) until ${slackWhen(d.covered.until, directory.timezoneOf(d.covered.for))}.`,
      },
      `reply:${routed._id}:covered`,
    );
  if (d.specialist) {
    const status = `:handshake: *${escapeMrkdwn(d.specialist.member.name)} is added for the ${d.specialist.topic} question*: ${escapeMrkdwn(directory.nameOf(d.owner))} keeps the reply and answers the prospect; work it out here.`;
    const message = await ownerMessage(deps, routed, { owned: false, buttons: false, status }, claims);
    const both = `${d.owner},${d.specialist.member.slack}`;
    await notify(deps, { channel: both, ...message }, `${dmKey(routed)}:specialist`);
  }
}
