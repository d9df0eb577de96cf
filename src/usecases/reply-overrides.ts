import { isWorkingTime } from '../domain/business-time.js';
import type { Topic } from '../domain/classify-rules.js';
import type { Member, Policy } from '../policy/schema.js';
import type { Reply } from '../store/replies.js';
import { type RoutingDeps, takeTurn } from './reply-routing.js';

export type OverrideRule = Policy['routing']['overrides'][number];

export interface TopicOverride {
  rule: OverrideRule;
  member: Member;
  topic: Topic;
}

/** What a reply asks about: its question's topics and the topics its text names. */
export const topicsOf = (r: Pick<Reply, 'flags' | 'intent'>): Topic[] => [
  ...new Set([
    ...(r.intent?.kind === 'question' ? r.intent.topics : []),
    ...((r.flags?.priority ?? []) as Topic[]),
  ]),
];

/**
 * The first `routing.overrides` rule whose topics the reply asks about, and who of its member
 * or pod takes it: the pod's next in turn (a rotation per rule), skipping anyone gone, away or
 * off hours.
 */
export async function topicOverride(
  deps: RoutingDeps,
  reply: Pick<Reply, '_id' | 'flags' | 'intent'>,
  now: Date,
  peek = false,
): Promise<TopicOverride | undefined> {
  const { directory } = deps;
  const asked = topicsOf(reply);
  // As coverage does for owners: someone away, or outside their hours where the policy counts
  // hours, is skipped for the next in turn; nobody working leaves it with the one in turn.
  const offHoursCount = directory.policy.routing.coverOffHours;
  const present = (m: Member) =>
    !directory.hasLeft(m, now) &&
    !directory.awayOn(m, now) &&
    (!offHoursCount || isWorkingTime(now, directory.calendarOf(m)));
  for (const [i, rule] of directory.policy.routing.overrides.entries()) {
    const topic = rule.topics.find((t) => asked.includes(t));
    if (!topic) continue;
    const pod = rule.to.flatMap((id) => directory.member(id) ?? []).filter((m) => !directory.hasLeft(m, now));
    if (pod.length === 0) continue;
    const turn = pod.length === 1 ? 0 : ((await takeTurn(deps, `override:${i}`, reply._id, peek)) ?? 0);
    const inTurn = pod.map((_, k) => pod[(turn + k) % pod.length] as Member);
    return { rule, topic, member: inTurn.find(present) ?? (inTurn[0] as Member) };
  }
  return undefined;
}
