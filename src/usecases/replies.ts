import { createHash } from 'node:crypto';
import type { Deps } from '../deps.js';
import { readBounce } from '../domain/bounce.js';
import { addBusinessMinutes } from '../domain/business-time.js';
import { type Classification, classify } from '../domain/classify.js';
import { accountKey, parseTarget, type Target } from '../domain/target.js';
import { isDuplicateKey } from '../errors.js';
import { theReplyForwarded } from '../mail/forwarded.js';
import { type ParsedReply, parseMail, UnparseableMail } from '../mail/parse.js';
import { sequenceHistory } from '../store/activities.js';
import { recordAudit } from '../store/audit.js';
import type { Claim } from '../store/claims.js';
import { isBrand, isLegal, type Reply, replyById, replyModel } from '../store/replies.js';
import { sendAnswered } from '../store/threads.js';
import { clip, escapeMrkdwn } from '../views/text.js';
import { autoClaim, autoClaimTarget } from './auto-claim.js';
import { notify } from './notify.js';
import { recoverAfterMs } from './recover.js';
import { applyCategory, othersToStop } from './reply-effects.js';
import { dmKey, ownerMessage, tellOfFlag } from './reply-messages.js';
import { decideOwner, NEEDS_ANSWER, tellOthers } from './reply-owner.js';
import { replyClaims } from './reply-routing.js';

export const REPLIES_PENDING = 'replies:pending';

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
    // A rep's forward of a prospect's reply (it reached the rep's own mailbox) is that reply.
    mail = await parseMail(raw, `no-message-id-${hash}`, (a) => !!deps.directory.memberByEmail(a));
  } catch (e) {
    // Reading a mail touches nothing outside it: whatever breaks here breaks again on every
    // retry, and the mails behind it would wait forever. Triage has it (still in the inbox).
    if (!(e instanceof UnparseableMail))
      deps.log.error({ err: e, uid: where.uid }, 'a mail broke the parser');
    const reason = e instanceof Error ? e.message : String(e);
    await toTriage(
      deps,
      `unparseable:${hash}`,
      `Could not read a mail in ${where.mailbox} (UID ${where.uid ?? '?'}): ${reason}. It is still in the inbox.`,
    );
    return { kind: 'triage', reason };
  }
  if (!mail.from.address && !isDeliveryReport(mail)) {
    await toTriage(
      deps,
      `no-sender:${hash}`,
      `A mail in ${where.mailbox} (UID ${where.uid ?? '?'}) has no From address and is not a delivery report ("${mail.subject.slice(0, 120)}"). It is still in the inbox.`,
    );
    return { kind: 'triage', reason: 'no From address' };
  }
  const stored = await storeReply(deps, mail, where);
  if (stored.kind === 'stored') await processReply(deps, stored.reply._id, stored.reply);
  return stored;
}

/**
 * The classifier is pure; should it still throw on some mail, the reply is stored and routed as
 * `other` for its owner to check, rather than stopping every mail behind it.
 */
function classifyMail(deps: Deps, mail: ParsedReply, receivedAt: Date): Classification {
  try {
    return classify({ ...mail, from: mail.from.address, fromName: mail.from.name, receivedAt });
  } catch (err) {
    deps.log.error({ err, messageId: mail.messageId }, 'the classifier failed on a reply');
    return {
      category: 'other',
      intent: { kind: 'none' },
      flags: { priority: [] },
      confidence: 0,
      signals: ['classifier failed'],
    };
  }
}
/** The classifier's first question alone: is this a delivery report (they may come without a From)? */
const isDeliveryReport = (mail: ParsedReply) =>
  !!readBounce({ ...mail, from: mail.from.address, fromName: mail.from.name });

/** Stores the reply, classified. Returns `duplicate` when that Message-ID is already stored. */
export async function storeReply(
  deps: Deps,
  sent: ParsedReply,
  where: { mailbox: string; uid?: number },
): Promise<{ kind: 'stored'; reply: Reply } | { kind: 'duplicate'; id: string }> {
  const forwarder = sent.forwarded && deps.directory.memberByEmail(sent.from.address);
  const mail = forwarder ? theReplyForwarded(sent) : sent;
  const receivedAt = deps.clock.now();
  const c = classifyMail(deps, mail, receivedAt);
  let domain = mail.from.address.split('@')[1] ?? 'unknown';
  try {
    domain = deps.directory.accounts.primaryDomain(parseTarget(mail.from.address).domain);
  } catch {
    // An odd sender address still gets stored; routing falls through to the fallback owner.
  }
  // A sender from a domain no account has (a personal address): the account the mail names, in the
  // whole mail as it came (a rep's note above a forward may name it).
  if (!deps.directory.accounts.of(domain))
    domain =
      deps.directory.accounts.mentionedIn(`${mail.from.name ?? ''}\n${mail.replyText}`, sent.bodyText) ??
      domain;
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
    sealed: mail.sealed,
    forwardedBy: forwarder ? `${forwarder.name} <${forwarder.email}>` : undefined,
    category: c.category,
    flags: c.flags,
    intent: c.intent,
    confidence: c.confidence,
    signals: c.signals,
    returnDate: c.returnDate,
    bouncedAddress: c.bouncedAddress,
    bouncePermanent: c.bounce?.permanent,
    stopsFor: c.stopsFor,
    stopAskedForAnother: c.stopAskedForAnother,
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

/**
 * Routes a stored reply to exactly one owner and sets its effects in motion. Every step is
 * idempotent (keyed notifications, unique flags, the round-robin turn kept per reply), and the
 * reply is marked routed only after its messages are queued, so a crash anywhere in between
 * is finished by the next run (the inbox reader at start, or the replies:pending job).
 */
export async function processReply(deps: Deps, id: string, known?: Reply): Promise<Reply | undefined> {
  // Just stored (the inbox): no need to read it back.
  const reply = known ?? (await replyById(deps.db, id));
  if (reply?.state !== 'stored') return reply;
  const now = deps.clock.now();
  const { directory } = deps;
  // Read once: routing, the owner's DM and the lock below need the claims; routing and
  // stopping the sender's sequences need their history; routing and a stop asked for someone
  // else need the send the reply answers.
  const claimsRead = replyClaims(deps, reply);
  const historyRead = sequenceHistory(deps.db, reply.from);
  const sentRead = sendAnswered(deps.db, reply);
  const decided = await decideOwner(deps, reply, now, needsOwner(reply), {
    claims: claimsRead,
    history: historyRead,
    sent: sentRead,
  });
  const claims = await claimsRead;
  const { owner, route } = decided;
  const ownerMember = directory.member(owner);
  const dueAt =
    NEEDS_ANSWER.includes(reply.category) && ownerMember
      ? addBusinessMinutes(reply.receivedAt, directory.policy.routing.sla, directory.calendarOf(ownerMember))
      : undefined;
  const stopsFor = await othersToStop(reply, sentRead);
  const routed: Reply = {
    ...reply,
    owner,
    route,
    dueAt,
    state: needsOwner(reply) ? 'routed' : 'closed',
    ...(stopsFor ? { stopsFor } : {}),
  };

  await applyCategory(deps, routed, await historyRead);
  if (needsOwner(reply))
    await notify(deps, { channel: owner, ...(await ownerMessage(deps, routed, {}, claims)) }, dmKey(routed));
  await tellOthers(deps, routed, decided, claims);
  if (isLegal(reply))
    await tellOfFlag(
      deps,
      reply,
      'legal',
      directory.policy.roles.compliance,
      `now with ${directory.nameOf(owner)}`,
    );
  if (isBrand(reply))
    await tellOfFlag(
      deps,
      reply,
      'brand',
      directory.policy.channels.ops,
      `owned by ${directory.nameOf(owner)}`,
    );
  await lockForOwner(deps, routed, claims);
  // Once per reply (a re-driven routing finds its entry there), before the reply shows as routed.
  await recordAudit(
    deps.db,
    {
      kind: 'route',
      replyId: reply._id,
      key: accountKey(reply.domain),
      actor: 'system',
      after: {
        owner,
        step: decided.routing.step,
        why: decided.routing.why,
        category: reply.category,
        from: reply.from,
      },
      reason: route.explanation,
      at: now,
    },
    `route:${reply._id}`,
  );
  await replyModel(deps.db).updateOne(
    { _id: id, state: 'stored' },
    { $set: { owner, route, dueAt, state: routed.state, ...(stopsFor ? { stopsFor } : {}) } },
  );
  return routed;
}

/**
 * "Whoever has the live conversation holds the lock": a reply routed to a rep on an account
 * nobody holds claims it for them (reason `replied`). Not when routing fell back to the
 * catch-all owner or a lead, nor for an unsubscribe; an account owner holds it already.
 */
async function lockForOwner(deps: Deps, r: Reply, claims: Map<string, Claim>): Promise<void> {
  const step = r.route?.step;
  // An automatic reply is no live conversation.
  if (!needsOwner(r) || r.category === 'unsubscribe' || r.category === 'out_of_office' || !r.owner) return;
  if (step === 'account' || step === 'fallback' || step === 'lead') return;
  const member = deps.directory.member(r.owner);
  if (!member) return;
  let target: Target;
  try {
    target = parseTarget(r.from, deps.directory.accounts);
  } catch {
    return; // an odd sender address: nothing to lock
  }
  // Held already (routing read it, and chose another step first): an auto-claim takes only
  // what is free, so it would read the same and do nothing.
  if (claims.has(autoClaimTarget(target).key)) return;
  await autoClaim(deps, {
    member,
    target,
    reason: 'replied',
    why: `${r.from} replied and the reply was routed to you`,
    at: r.receivedAt,
  });
}

/**
 * Out-of-office replies and bounces have no human owner; everything else has exactly one. So
 * has an auto-reply that names whom to write to instead (the contact left): the owner gets it
 * with a claim button for them, and no SLA (nobody waits for an answer).
 */
const needsOwner = (r: Reply) =>
  r.category !== 'bounce' && (r.category !== 'out_of_office' || r.intent?.kind === 'referral');

/** Unparseable or unroutable: the triage channel, with the reason. */
export async function toTriage(deps: Deps, key: string, text: string): Promise<void> {
  await notify(
    deps,
    { channel: deps.directory.policy.channels.triage, text: escapeMrkdwn(text) },
    `triage:${key}`,
  );
}

/** The crash-recovery sweep: replies stored but not yet routed (a crash, a Slack outage). */
export async function processPending(deps: Deps, olderThanMs = recoverAfterMs(deps)): Promise<number> {
  // Stored this long ago (RECOVER_AFTER) and still not routed: cut short by a crash.
  const before = new Date(deps.clock.now().getTime() - olderThanMs);
  const pending = await replyModel(deps.db)
    .find({ state: 'stored', receivedAt: { $lte: before } })
    .limit(200)
    .lean<Reply[]>();
  for (const r of pending) await processReply(deps, r._id, r);
  return pending.length;
}
