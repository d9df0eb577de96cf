import type { Deps } from '../deps.js';
import type { RepSignals, Tier } from '../domain/escalation.js';
import { runningSequences } from '../domain/sequences.js';
import { AppError } from '../errors.js';
import type { Member } from '../policy/schema.js';
import { type Activity, activityModel } from '../store/activities.js';
import { type AuditEvent, auditModel } from '../store/audit.js';
import { type Claim, claimById, contactClaimsIn } from '../store/claims.js';
import type { Escalation } from '../store/escalations.js';
import { type Reply, replyModel } from '../store/replies.js';

export const POSITIVE: readonly Activity['type'][] = ['reply', 'meeting'];
export const OUTBOUND: readonly Activity['type'][] = ['outbound_email', 'sequence_start', 'call'];

/** One rep's side of the dispute, as recorded. */
export interface RepEvidence {
  rep: string;
  lastOutbound?: Date;
  replies: { at: Date; category?: string }[];
  meetings: Date[];
  sequences: string[]; // running now
}

/** Computed, never typed: what each rep did, what the account is, how the claim got here. */
export interface EvidencePack {
  reps: [RepEvidence, RepEvidence]; // holder, challenger
  signals: [RepSignals, RepSignals];
  account: { segment?: string; territory?: string; openDeal: boolean; relationships: string[] };
  history: AuditEvent[]; // the claim history, oldest first, last 10
}

export const memberOf = (deps: Deps, id: string): Member => {
  const m = deps.directory.member(id);
  if (!m) throw new AppError('stale_action', `${id} is no longer in the policy file.`);
  return m;
};

/** What the evidence pack is made of, read once; `packOf` makes the pack without I/O. */
export interface EvidenceInputs {
  activities: Activity[];
  /** Replies the inbox routed to either rep: the live conversation, as `reply` activities. */
  replies: Activity[];
  holderClaim?: Claim;
  contacts: Claim[];
  history: AuditEvent[];
}

/** The reps' recorded activities on the disputed account, oldest first. */
export const activitiesOf = (deps: Deps, e: Escalation) =>
  activityModel(deps.db)
    .find({ domain: e.domain, member: { $in: [e.holder, e.challenger] } })
    .sort({ at: 1 })
    .lean<Activity[]>();

/** A human reply counts; bounces and auto-replies say nothing about who has the conversation. */
const HUMAN: readonly Reply['category'][] = ['interested', 'not_interested', 'unsubscribe', 'other'];

export async function loadEvidence(deps: Deps, e: Escalation): Promise<EvidenceInputs> {
  const [activities, replies, holderClaim, contacts, history] = await Promise.all([
    activitiesOf(deps, e),
    replyModel(deps.db)
      .find({ domain: e.domain, owner: { $in: [e.holder, e.challenger] }, category: { $in: HUMAN } })
      .lean<Reply[]>(),
    claimById(deps.db, e.holderClaimId.toHexString()),
    contactClaimsIn(deps.db, e.domain),
    auditModel(deps.db).find({ key: e.key }).sort({ at: -1 }).limit(10).lean<AuditEvent[]>(),
  ]);
  const asActivity = (r: Reply): Activity =>
    ({
      _id: `reply:${r._id}`,
      type: 'reply',
      member: r.owner as string,
      domain: r.domain,
      email: r.from,
      at: r.receivedAt,
      recordedAt: r.receivedAt,
      category: r.category,
    }) as Activity;
  return { activities, replies: replies.map(asActivity), holderClaim, contacts, history };
}

export async function evidence(deps: Deps, e: Escalation): Promise<EvidencePack> {
  return packOf(deps, e, await loadEvidence(deps, e));
}

export function packOf(deps: Deps, e: Escalation, inputs: EvidenceInputs): EvidencePack {
  const acts = [...inputs.activities, ...inputs.replies].sort((a, b) => a.at.getTime() - b.at.getTime());
  const running = runningSequences(acts);
  const of = (rep: string) => acts.filter((a) => a.member === rep);
  const side = (rep: string): RepEvidence => ({
    rep,
    lastOutbound: of(rep)
      .filter((a) => OUTBOUND.includes(a.type))
      .at(-1)?.at,
    replies: of(rep)
      .filter((a) => a.type === 'reply')
      .map((a) => ({ at: a.at, category: a.category })),
    meetings: of(rep)
      .filter((a) => a.type === 'meeting')
      .map((a) => a.at),
    sequences: running.filter((s) => s.member === rep).map((s) => s.sequence),
  });
  // A reply counts as a positive signal unless the classifier said it is not one.
  const positive = (a: Activity) =>
    a.type === 'meeting' || (a.type === 'reply' && (!a.category || a.category === 'interested'));
  const signal = (rep: string): RepSignals => ({
    rep,
    lastPositiveSignalAt: of(rep).filter(positive).at(-1)?.at,
    firstOutboundAt: of(rep).find((a) => OUTBOUND.includes(a.type))?.at,
  });
  const account = deps.directory.accounts.of(e.domain);
  return {
    reps: [side(e.holder), side(e.challenger)],
    signals: [signal(e.holder), signal(e.challenger)],
    account: {
      segment: account?.segment,
      territory: account?.territory,
      openDeal: inputs.holderClaim?.reason === 'open_deal',
      relationships: inputs.contacts.map((c) => `${c.email} (${deps.directory.nameOf(c.owner)})`),
    },
    history: [...inputs.history].reverse(),
  };
}

/** Who answers for a tier's timebox, whose business hours count: holder, holder's lead, RevOps. */
export function responsible(deps: Deps, e: Escalation, tier: Tier): Member {
  const holder = memberOf(deps, e.holder);
  if (tier === 'lead') return memberOf(deps, deps.directory.teamOf(holder).leads[0] as string);
  if (tier === 'ops') return deps.directory.policy.members.find((m) => m.roles.includes('ops')) ?? holder;
  return holder;
}

/** Where a tier's message goes: the reps' group DM, the holder's team lead channel, the ops channel. */
export async function channelFor(deps: Deps, e: Escalation, tier: Tier): Promise<string> {
  if (tier === 'lead') return deps.directory.teamOf(memberOf(deps, e.holder)).channel;
  if (tier === 'ops') return deps.directory.policy.channels.ops;
  const dm = await deps.slack.conversations.open({ users: `${e.holder},${e.challenger}` });
  // Without the group DM there is nowhere to hold tier 1: fail loudly rather than silently skip it.
  if (!dm.channel?.id) throw new Error('conversations.open returned no channel');
  return dm.channel.id;
}
