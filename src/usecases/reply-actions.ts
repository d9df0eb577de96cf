import type { Deps } from '../deps.js';
import { addBusinessMinutes } from '../domain/business-time.js';
import { parseTarget, type Target } from '../domain/target.js';
import { AppError } from '../errors.js';
import type { Member } from '../policy/schema.js';
import { decideOnce, decisionFor } from '../store/once.js';
import { type Reply, replyById, replyModel } from '../store/replies.js';
import { actions, button, section } from '../views/blocks.js';
import { replyActions } from '../views/ids.js';
import { escapeMrkdwn } from '../views/text.js';
import { recordActivity } from './activity.js';
import { editSent, notify } from './notify.js';
import { dmKey, ownerMessage, refreshOwnerMessage } from './replies.js';

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
async function pass(deps: Deps, r: Reply, to: string, why: string, by: string): Promise<Reply | undefined> {
  const now = deps.clock.now();
  const first = await decideOnce(deps.db, `reply:${r._id}:pass:${r.passes}`, { by, outcome: to, at: now });
  if (!first.first) return undefined;
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
  const text = `Reply from ${r.from} passed to ${deps.directory.nameOf(to)}: ${why}`;
  await editSent(deps, dmKey(r), { text: escapeMrkdwn(text), blocks: [section(escapeMrkdwn(text))] });
  await notify(deps, { channel: to, ...(await ownerMessage(deps, next)) }, dmKey(next));
  return next;
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
    );
    return { to: next.member, already: !moved };
  }
  const first = await decideOnce(deps.db, `reply:${id}:pass:${r.passes}`, {
    by: by.slack,
    outcome: 'triage',
    at: deps.clock.now(),
  });
  if (!first.first) return { already: true };
  await replyModel(deps.db).updateOne(
    { _id: id },
    { $set: { state: 'triage', passes: r.passes + 1 }, $unset: { owner: '' } },
  );
  await notify(
    deps,
    {
      channel: deps.directory.policy.channels.triage,
      text: `Nobody owns a reply from ${escapeMrkdwn(r.from)} (${escapeMrkdwn(r.domain)}): "${escapeMrkdwn(r.subject.slice(0, 150))}". ${escapeMrkdwn(by.name)} said not mine and no one is next.`,
      blocks: [
        section(
          `Nobody owns a reply from *${escapeMrkdwn(r.from)}* (${escapeMrkdwn(r.domain)}): "${escapeMrkdwn(r.subject.slice(0, 150))}". ${escapeMrkdwn(by.name)} said not mine and no one is next.`,
        ),
        actions(button('Assign…', replyActions.reassign, r._id, 'primary')),
      ],
    },
    `triage:reply:${id}:${r.passes}`,
  );
  await editSent(deps, dmKey(r), {
    text: 'Sent to triage.',
    blocks: [section('Sent to triage: no one else was next.')],
  });
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
  return pass(deps, r, to, `reassigned by ${by.name}: ${reason}`, by.slack);
}

export async function canReassign(deps: Deps, id: string, by: Member): Promise<Reply> {
  const r = await load(deps, id);
  if (r.owner !== by.slack && !mayManage(by))
    throw new AppError('not_allowed', 'Only the owner, a lead or RevOps can reassign a reply.');
  return r;
}
