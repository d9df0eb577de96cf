import type { Deps } from '../deps.js';
import { addBusinessMinutes } from '../domain/business-time.js';
import { accountKey, parseTarget, type Target } from '../domain/target.js';
import { AppError } from '../errors.js';
import type { Member } from '../policy/schema.js';
import { recordAudit } from '../store/audit.js';
import { decideOnce, decisionFor } from '../store/once.js';
import { type Reply, replyById, replyModel } from '../store/replies.js';
import { actions, button } from '../views/blocks.js';
import { replyActions } from '../views/ids.js';
import { escapeMrkdwn } from '../views/text.js';
import { recordActivity } from './activity.js';
import { editSent } from './message-edits.js';
import { notify } from './notify.js';
import { dmKey, ownerMessage, refreshOwnerMessage } from './reply-messages.js';

async function load(deps: Deps, id: string): Promise<Reply> {
  const r = await replyById(deps.db, id);
  if (!r) throw new AppError('stale_action', 'That reply is no longer here.');
  return r;
}

const mayManage = (m: Member) => m.roles.includes('lead') || m.roles.includes('ops');

/** Mark replied: the owner says they answered. Once; a second click is told when it was. */
export async function markReplied(
  deps: Deps,
  id: string,
  by: Member,
): Promise<{ already: boolean; reply: Reply }> {
  const r = await load(deps, id);
  if (r.owner !== by.slack)
    throw new AppError('not_allowed', `This reply is ${deps.directory.nameOf(r.owner ?? '')}'s now.`);
  const now = deps.clock.now();
  const first = await decideOnce(deps.db, `reply:${id}:replied`, {
    by: by.slack,
    outcome: 'replied',
    at: now,
  });
  if (!first.first) return { already: true, reply: r };
  await replyModel(deps.db).updateOne(
    { _id: id },
    { $set: { state: 'replied', repliedAt: now, milestone: 'replied' } },
  );
  const replied = { ...r, state: 'replied' as const, repliedAt: now, milestone: 'replied' as const };
  await recordManualReply(deps, replied, by);
  await refreshOwnerMessage(deps, replied);
  return { already: false, reply: replied };
}

/**
 * The rep answered by hand: that is their outbound to the contact, recorded like any other
 * (it activates their claim and counts in a dispute), once per reply.
 */
async function recordManualReply(deps: Deps, r: Reply, by: Member): Promise<void> {
  let target: Target;
  try {
    target = parseTarget(r.from, deps.directory.accounts);
  } catch {
    return; // an odd sender address: nothing to record it against
  }
  await recordActivity(deps, {
    type: 'outbound_email',
    target,
    member: by,
    at: r.repliedAt ?? deps.clock.now(),
    messageId: `manual-reply:${r._id}`,
  });
}

/**
 * The reply changes hands once per pass (a unique insert on the pass number), so two clicks
 * at once move it once. The old DM shows where it went; the new owner gets a fresh DM and
 * a fresh SLA in their own business hours.
 */
async function pass(
  deps: Deps,
  r: Reply,
  to: string,
  why: string,
  by: string,
  via: PassReason,
): Promise<Reply | undefined> {
  const now = deps.clock.now();
  const first = await decideOnce(deps.db, `reply:${r._id}:pass:${r.passes}`, { by, outcome: to, at: now });
  if (!first.first) return undefined;
  await auditPass(deps, r, { kind: 'reassign', actor: by, to, via, reason: why, at: now });
  const member = deps.directory.member(to);
  const dueAt =
    r.dueAt && member
      ? addBusinessMinutes(now, deps.directory.policy.routing.sla, deps.directory.calendarOf(member))
      : undefined;
  const explanation = `${deps.directory.nameOf(to)}: ${why}`;
  const next: Reply = {
    ...r,
    owner: to,
    passes: r.passes + 1,
    state: 'routed',
    dueAt,
    milestone: undefined,
    route: { step: 'reassigned', why, explanation, losers: r.route?.losers ?? [] },
  };
  await replyModel(deps.db).updateOne(
    { _id: r._id },
    {
      $set: { owner: to, passes: next.passes, state: 'routed', dueAt, route: next.route },
      $unset: { milestone: '' },
    },
  );
  // The DM keeps the reply (who, what, the text) and says where it went; it is no longer theirs.
  const status = `:arrow_right: Passed to *${escapeMrkdwn(deps.directory.nameOf(to))}*: ${escapeMrkdwn(why)}`;
  await editSent(deps, dmKey(r), await ownerMessage(deps, r, { ...passedOn, status }));
  await notify(deps, { channel: to, ...(await ownerMessage(deps, next)) }, dmKey(next));
  return next;
}

/** A DM whose reader passed the reply on: the reply stays readable, nothing left to press or to meet. */
const passedOn = { buttons: false, owned: false, sla: false } as const;

/** Outbox key of the triage post a reply got on its pass number `pass`. */
export const triagePostKey = (replyId: string, pass: number) => `triage:reply:${replyId}:${pass}`;

/** Why a reply changed hands, as the weekly audit counts it. */
export type PassReason = 'not_mine' | 'reassigned';

/** One entry per pass (the pass number is its key), so a retried pass is recorded once. */
function auditPass(
  deps: Deps,
  r: Reply,
  p: { kind: 'reassign' | 'triage'; actor: string; to?: string; via: PassReason; reason: string; at: Date },
) {
  return recordAudit(
    deps.db,
    {
      kind: p.kind,
      replyId: r._id,
      key: accountKey(r.domain),
      actor: p.actor,
      before: { owner: r.owner },
      after: { owner: p.to, via: p.via, from: r.from },
      reason: p.reason,
      at: p.at,
    },
    `pass:${r._id}:${r.passes}`,
  );
}

/** Not mine: the next candidate who has not declined it, else the triage channel. */
export async function notMine(
  deps: Deps,
  id: string,
  by: Member,
): Promise<{ to?: string; already: boolean }> {
  const r = await load(deps, id);
  if (r.owner !== by.slack)
    throw new AppError('not_allowed', `This reply is ${deps.directory.nameOf(r.owner ?? '')}'s now.`);
  // Answered already (a replied reply keeps its owner): passing it on would make a second rep answer.
  if (r.state === 'replied' || (await decisionFor(deps.db, `reply:${id}:replied`)))
    throw new AppError('not_allowed', 'You marked this reply as replied already: it stays with you.');
  const declined = [...r.declinedBy, by.slack];
  await replyModel(deps.db).updateOne({ _id: id }, { $addToSet: { declinedBy: by.slack } });
  const next = (r.route?.losers ?? []).find((c) => !declined.includes(c.member));
  if (next) {
    const moved = await pass(
      deps,
      { ...r, declinedBy: declined },
      next.member,
      `${next.why} (${by.name} said not mine)`,
      by.slack,
      'not_mine',
    );
    return { to: next.member, already: !moved };
  }
  const now = deps.clock.now();
  const first = await decideOnce(deps.db, `reply:${id}:pass:${r.passes}`, {
    by: by.slack,
    outcome: 'triage',
    at: now,
  });
  if (!first.first) return { already: true };
  await auditPass(deps, r, {
    kind: 'triage',
    actor: by.slack,
    via: 'not_mine',
    reason: `${by.name} said not mine and no one is next`,
    at: now,
  });
  await replyModel(deps.db).updateOne(
    { _id: id },
    { $set: { state: 'triage', passes: r.passes + 1 }, $unset: { owner: '' } },
  );
  // Triage sees the whole reply (category, sender, subject, text, SLA) to decide who takes it.
  const post = await ownerMessage(deps, r, {
    buttons: false,
    owned: false,
    status: `:inbox_tray: *Nobody owns this reply*: ${escapeMrkdwn(by.name)} said not mine and no one is next.`,
  });
  await notify(
    deps,
    {
      channel: deps.directory.policy.channels.triage,
      text: post.text,
      blocks: [...post.blocks, actions(button('Assign…', replyActions.reassign, r._id, 'primary'))],
    },
    triagePostKey(id, r.passes),
  );
  const status = ':inbox_tray: Sent to triage: no one else was next.';
  await editSent(deps, dmKey(r), await ownerMessage(deps, r, { ...passedOn, status }));
  return { already: false };
}

/** Reassign (modal): the owner, any lead or RevOps; a reason is required. */
export async function reassign(
  deps: Deps,
  id: string,
  by: Member,
  to: string,
  reason: string,
): Promise<Reply | undefined> {
  const r = await canReassign(deps, id, by);
  if (!deps.directory.member(to)) throw new AppError('bad_input', 'Pick someone in the policy file.');
  if (to === r.owner) throw new AppError('bad_input', 'They own it already.');
  return pass(deps, r, to, `reassigned by ${by.name}: ${reason}`, by.slack, 'reassigned');
}

export async function canReassign(deps: Deps, id: string, by: Member): Promise<Reply> {
  const r = await load(deps, id);
  if (r.owner !== by.slack && !mayManage(by))
    throw new AppError('not_allowed', 'Only the owner, a lead or RevOps can reassign a reply.');
  return r;
}
