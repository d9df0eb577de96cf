import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Deps } from '../deps.js';
import { addBusinessMinutes } from '../domain/business-time.js';
import { classify } from '../domain/classify.js';
import { accountKey, contactKey, parseTarget } from '../domain/target.js';
import { isDuplicateKey } from '../errors.js';
import { type ParsedReply, parseMail, UnparseableMail } from '../mail/parse.js';
import { activityModel } from '../store/activities.js';
import { liveClaim } from '../store/claims.js';
import { contactFlagModel } from '../store/contacts.js';
import { outboxModel } from '../store/outbox.js';
import { type Reply, replyById, replyModel } from '../store/replies.js';
import { replyMessage } from '../views/reply.js';
import { clip, escapeMrkdwn } from '../views/text.js';
import { notify } from './notify.js';
import { routeReply } from './reply-routing.js';
import { callSequenceWebhook } from './sequence-webhook.js';

export const REPLIES_PENDING = 'replies:pending';
export const OOO_RESUME = 'replies:resume-after-ooo';

/** Outbox key of a reply's DM to its current owner: edited at milestones, found again by key. */
export const dmKey = (r: Pick<Reply, '_id' | 'owner' | 'passes'>) =>
  `reply:${r._id}:owner:${r.passes}:${r.owner}`;

export type IngestResult =
  | { kind: 'stored'; reply: Reply }
  | { kind: 'duplicate'; id: string }
  | { kind: 'triage'; reason: string };

/**
 * One mail from the inbox: parsed, classified and stored (the Message-ID is the key, so the
 * same mail twice is one reply), then routed and delivered. A mail that cannot be parsed goes
 * to the triage channel with the reason; it never stops the next one.
 */
export async function ingestMail(
  deps: Deps,
  raw: Buffer,
  where: { mailbox: string; uid?: number },
): Promise<IngestResult> {
  const hash = createHash('sha256').update(raw).digest('hex').slice(0, 32);
  let mail: ParsedReply;
  try {
    mail = await parseMail(raw, `no-message-id-${hash}`);
  } catch (e) {
    if (!(e instanceof UnparseableMail)) throw e;
    await toTriage(
      deps,
      `unparseable:${hash}`,
      `Could not read a mail in ${where.mailbox} (UID ${where.uid ?? '?'}): ${e.message}. It is still in the inbox.`,
    );
    return { kind: 'triage', reason: e.message };
  }
  const stored = await storeReply(deps, mail, where);
  if (stored.kind === 'stored') await processReply(deps, stored.reply._id);
  return stored;
}

/** Stores the reply, classified. Returns `duplicate` when that Message-ID is already stored. */
export async function storeReply(
  deps: Deps,
  mail: ParsedReply,
  where: { mailbox: string; uid?: number },
): Promise<{ kind: 'stored'; reply: Reply } | { kind: 'duplicate'; id: string }> {
  const receivedAt = deps.clock.now();
  const c = classify({ ...mail, from: mail.from.address, receivedAt });
  let domain = mail.from.address.split('@')[1] ?? 'unknown';
  try {
    domain = deps.directory.accounts.primaryDomain(parseTarget(mail.from.address).domain);
  } catch {
    // An odd sender address still gets stored; routing falls through to the fallback owner.
  }
  const reply: Reply = {
    _id: mail.messageId,
    mailbox: where.mailbox,
    uid: where.uid,
    from: mail.from.address,
    fromName: mail.from.name,
    domain,
    to: mail.to,
    subject: clip(mail.subject, 998),
    replyText: mail.replyText,
    inReplyTo: mail.inReplyTo,
    references: mail.references.slice(0, 100),
    sentAt: mail.date,
    receivedAt,
    truncated: mail.truncated,
    category: c.category,
    flags: c.flags,
    signals: c.signals,
    returnDate: c.returnDate,
    bouncedAddress: c.bouncedAddress,
    state: 'stored',
    declinedBy: [],
    passes: 0,
  };
  try {
    await replyModel(deps.db).create(reply);
  } catch (e) {
    if (isDuplicateKey(e)) return { kind: 'duplicate', id: reply._id };
    throw e;
  }
  return { kind: 'stored', reply };
}

const NEEDS_ANSWER: readonly Reply['category'][] = ['interested', 'other'];

/**
 * Routes a stored reply to exactly one owner and sets its effects in motion. Every step is
 * idempotent (keyed notifications, unique flags, the round-robin turn kept per reply), and the
 * reply is marked routed only after its messages are queued, so a crash anywhere in between
 * is finished by the next run (the inbox reader at start, or the replies:pending job).
 */
export async function processReply(deps: Deps, id: string): Promise<Reply | undefined> {
  const reply = await replyById(deps.db, id);
  if (reply?.state !== 'stored') return reply;
  const now = deps.clock.now();
  const { directory } = deps;
  const decision = await routeReply(deps, reply, now);
  let owner = decision.owner;
  let route: Reply['route'] = { ...decision };
  // A legal question goes to the owner's lead, not the rep.
  if (reply.flags.escalation === 'legal') {
    const m = directory.member(owner);
    const lead = m ? directory.teamOf(m).leads[0] : undefined;
    if (lead && lead !== owner) {
      route = { ...decision, step: 'lead', why: `legal question: lead of ${directory.nameOf(owner)}` };
      route.explanation = `${directory.nameOf(lead)}: ${route.why} (${decision.explanation})`;
      owner = lead;
    }
  }
  const ownerMember = directory.member(owner);
  const dueAt =
    NEEDS_ANSWER.includes(reply.category) && ownerMember
      ? addBusinessMinutes(reply.receivedAt, directory.policy.routing.sla, directory.calendarOf(ownerMember))
      : undefined;
  const routed: Reply = { ...reply, owner, route, dueAt, state: needsOwner(reply) ? 'routed' : 'closed' };

  await applyCategory(deps, routed);
  if (needsOwner(reply))
    await notify(deps, { channel: owner, ...(await ownerMessage(deps, routed)) }, dmKey(routed));
  if (reply.flags.escalation === 'brand')
    await notify(
      deps,
      {
        channel: directory.policy.channels.ops,
        text: `Brand risk in a reply from ${escapeMrkdwn(reply.from)} (${escapeMrkdwn(reply.domain)}), owned by ${directory.nameOf(owner)}: "${escapeMrkdwn(clip(reply.replyText, 300))}"`,
      },
      `reply:${id}:brand`,
    );
  await replyModel(deps.db).updateOne(
    { _id: id, state: 'stored' },
    { $set: { owner, route, dueAt, state: routed.state } },
  );
  return routed;
}

/** Out-of-office replies and bounces have no human owner; everything else has exactly one. */
const needsOwner = (r: Reply) => r.category !== 'out_of_office' && r.category !== 'bounce';

/** What a category does besides (or instead of) a DM. */
async function applyCategory(deps: Deps, r: Reply): Promise<void> {
  const now = deps.clock.now();
  if (r.category === 'bounce' && r.bouncedAddress) {
    await flagContact(deps, r.bouncedAddress, 'bounced', `reply:${r._id}`);
    await stopSequences(deps, r.bouncedAddress, 'bounced', `reply:${r._id}`);
  }
  if (r.category === 'unsubscribe') {
    await flagContact(deps, r.from, 'unsubscribed', `reply:${r._id}`);
    await stopSequences(deps, r.from, 'unsubscribed', `reply:${r._id}`);
    const compliance = deps.directory.policy.roles.compliance;
    await notify(
      deps,
      {
        channel: compliance,
        text: `Unsubscribe: ${escapeMrkdwn(r.from)} asked to be removed. They are suppressed team-wide (claims, /check and /api/check block them).`,
      },
      `reply:${r._id}:compliance`,
    );
  }
  if (r.category === 'out_of_office') {
    await stopSequences(deps, r.from, 'out of office', `reply:${r._id}`);
    if (r.returnDate) {
      const { policy } = deps.directory;
      const at = DateTime.fromISO(`${r.returnDate}T${policy.hours.start}`, {
        zone: policy.timezone,
      }).toJSDate();
      await deps.jobs.agenda.schedule(at > now ? at : now, OOO_RESUME, { replyId: r._id });
    }
  }
}

async function flagContact(deps: Deps, email: string, status: 'bounced' | 'unsubscribed', source: string) {
  try {
    await contactFlagModel(deps.db).create({
      _id: email.toLowerCase(),
      status,
      at: deps.clock.now(),
      source,
    });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e; // flagged before: the first reason stands
  }
}

/** Every rep with a sequence on this contact: paused (recorded once per reply, and the webhook told). */
async function stopSequences(deps: Deps, email: string, why: string, key: string): Promise<void> {
  const reps = (await activityModel(deps.db).distinct('member', {
    email,
    type: 'sequence_start',
  })) as string[];
  const now = deps.clock.now();
  const domain = email.split('@')[1] ?? '';
  for (const rep of reps) {
    try {
      await activityModel(deps.db).create({
        _id: `${key}:pause:${rep}`,
        type: 'sequence_pause',
        member: rep,
        domain,
        email,
        at: now,
        recordedAt: now,
      });
    } catch (e) {
      if (isDuplicateKey(e)) continue; // done on an earlier run
      throw e;
    }
    const m = deps.directory.member(rep);
    await callSequenceWebhook(deps, {
      action: 'pause',
      member: { slack: rep, email: m?.email ?? '' },
      target: email,
      reason: why,
      at: now.toISOString(),
    });
  }
}

/** After an out-of-office return date: the paused sequences on that contact resume. */
export async function resumeAfterOutOfOffice(deps: Deps, replyId: string): Promise<void> {
  const r = await replyById(deps.db, replyId);
  if (!r) return;
  const paused = await activityModel(deps.db)
    .find({ _id: { $regex: `^reply:${escapeRegex(replyId)}:pause:` } })
    .lean();
  const now = deps.clock.now();
  for (const p of paused) {
    try {
      await activityModel(deps.db).create({
        _id: `reply:${replyId}:resume:${p.member}`,
        type: 'sequence_resume',
        member: p.member,
        domain: p.domain,
        email: p.email,
        at: now,
        recordedAt: now,
      });
    } catch (e) {
      if (isDuplicateKey(e)) continue;
      throw e;
    }
    await callSequenceWebhook(deps, {
      action: 'resume',
      member: { slack: p.member, email: deps.directory.member(p.member)?.email ?? '' },
      target: r.from,
      reason: `back from out of office (${r.returnDate})`,
      at: now.toISOString(),
    });
  }
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The DM for the reply's owner, as of now. */
export async function ownerMessage(deps: Deps, r: Reply) {
  const claim =
    (await liveClaim(deps.db, contactKey(r.from))) ?? (await liveClaim(deps.db, accountKey(r.domain)));
  const claimLine = claim
    ? `claimed by ${deps.directory.nameOf(claim.owner)} (${claim.level}, ${claim.reason.replace(/_/g, ' ')})`
    : 'not claimed';
  const m = r.owner ? deps.directory.member(r.owner) : undefined;
  const tz = m ? deps.directory.timezoneOf(m) : deps.directory.policy.timezone;
  return replyMessage(r, { claimLine, now: deps.clock.now(), tz, buttons: true });
}

/** Unparseable or unroutable: the triage channel, with the reason. */
export async function toTriage(deps: Deps, key: string, text: string): Promise<void> {
  await notify(
    deps,
    { channel: deps.directory.policy.channels.triage, text: escapeMrkdwn(text) },
    `triage:${key}`,
  );
}

/** Re-edits the owner's DM in place (milestones, Mark replied). A failed edit is logged, not fatal. */
export async function refreshOwnerMessage(deps: Deps, r: Reply): Promise<void> {
  const sent = await outboxModel(deps.db).findById(dmKey(r)).lean();
  if (!sent?.ts) return;
  try {
    await deps.slack.chat.update({ channel: sent.channel, ts: sent.ts, ...(await ownerMessage(deps, r)) });
  } catch (err) {
    deps.log.warn({ err, reply: r._id }, 'could not edit the reply DM');
  }
}

/** The crash-recovery sweep: replies stored but not yet routed (a crash, a Slack outage). */
export async function processPending(deps: Deps, olderThanMs = 30_000): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - olderThanMs);
  const pending = await replyModel(deps.db)
    .find({ state: 'stored', receivedAt: { $lte: before } })
    .limit(200)
    .lean<Reply[]>();
  for (const r of pending) await processReply(deps, r._id);
  return pending.length;
}
