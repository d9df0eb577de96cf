import { DateTime } from 'luxon';
import type { Deps } from '../deps.js';
import { isDuplicateKey } from '../errors.js';
import { type Activity, activityModel, sequenceHistory, sequenceReps } from '../store/activities.js';
import { type ContactStatus, contactFlagModel } from '../store/contacts.js';
import { type Reply, replyById } from '../store/replies.js';
import { escapeMrkdwn } from '../views/text.js';
import { notify } from './notify.js';
import { scheduleFollowUp } from './reply-follow-up.js';
import { callSequenceWebhook } from './sequence-webhook.js';

export const OOO_RESUME = 'replies:resume-after-ooo';

/**
 * The addresses a stop asked for someone else suppresses when the classifier named none: the
 * contact our email went to, when that is not the writer ("Mr. Thompson has asked me to request
 * that you remove him from your mailing list", from his assistant's address). Undefined when
 * there is nothing to add.
 */
export async function othersToStop(r: Reply, sent: Promise<Activity | null>): Promise<string[] | undefined> {
  if (!r.stopAskedForAnother || r.stopsFor?.length) return undefined;
  const answered = (await sent)?.email?.toLowerCase();
  return answered && answered !== r.from.toLowerCase() ? [answered] : undefined;
}

/**
 * What a category does besides (or instead of) a DM. `history` is the sender's
 * `sequenceHistory` when the caller has read it (routing does).
 */
export async function applyCategory(deps: Deps, r: Reply, history?: Activity[]): Promise<void> {
  // Every rep's sequence on the address stops: the sender's reps from routing's read, a bounced
  // address's read here.
  const stop = async (email: string, why: string) =>
    stopSequences(
      deps,
      email,
      sequenceReps(email === r.from && history ? history : await sequenceHistory(deps.db, email)),
      why,
      `reply:${r._id}`,
    );
  const now = deps.clock.now();
  // A delay (4xx) is not a dead address: the sequence may go on. Stored before the field: permanent.
  if (r.category === 'bounce' && r.bouncedAddress && r.bouncePermanent !== false) {
    await flagContact(deps, r.bouncedAddress, 'bounced', `reply:${r._id}`);
    await stop(r.bouncedAddress, 'bounced');
  }
  if (r.category === 'unsubscribe') {
    await flagContact(deps, r.from, 'unsubscribed', `reply:${r._id}`);
    await stop(r.from, 'unsubscribed');
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
  // "Please remove john.doe@acme.com, he left the company": that address stops (the writer's own
  // only if the category is unsubscribe).
  for (const email of r.stopsFor ?? []) {
    await flagContact(deps, email, 'unsubscribed', `reply:${r._id}`);
    await stop(email, 'unsubscribed');
  }
  if (r.stopsFor?.length)
    await notify(
      deps,
      {
        channel: deps.directory.policy.roles.compliance,
        text: `Unsubscribe: ${escapeMrkdwn(r.from)} asked us to stop mailing ${escapeMrkdwn(r.stopsFor.join(', '))}. Suppressed team-wide (claims, /check and /api/check block them).`,
      },
      `reply:${r._id}:compliance-others`,
    );
  const block = deps.directory.policy.claims.notInterestedBlock;
  if (r.category === 'not_interested' && block > 0)
    await flagContact(
      deps,
      r.from,
      'not_interested',
      `reply:${r._id}`,
      new Date(now.getTime() + block * 60_000),
    );
  if (HUMAN_ANSWER.includes(r.category)) {
    // A person answered: no automated step may follow, whoever's sequence it is.
    await stop(r.from, `replied (${r.category.replace(/_/g, ' ')})`);
    await tellSender(deps, r);
  }
  if (r.intent?.kind === 'not_now' && r.intent.followUp) await scheduleFollowUp(deps, r);
  if (r.category === 'out_of_office') {
    await stop(r.from, 'out of office');
    if (r.returnDate) {
      const { policy } = deps.directory;
      const at = DateTime.fromISO(`${r.returnDate}T${policy.hours.start}`, {
        zone: policy.timezone,
      }).toJSDate();
      await deps.jobs.agenda.schedule(at > now ? at : now, OOO_RESUME, { replyId: r._id });
    }
  }
}

/**
 * Suppresses a contact team-wide. A bounce or an unsubscribe is for good and replaces a "not
 * interested"; a "not interested" runs until `until` and is renewed by the next one. Between
 * two permanent reasons the first stands.
 */
async function flagContact(deps: Deps, email: string, status: ContactStatus, source: string, until?: Date) {
  const flags = contactFlagModel(deps.db);
  const _id = email.toLowerCase();
  const at = deps.clock.now();
  const replaced = await flags.updateOne(
    { _id, status: 'not_interested' },
    until ? { $set: { at, source, until } } : { $set: { status, at, source }, $unset: { until: '' } },
  );
  if (replaced.matchedCount > 0) return;
  try {
    await flags.create({ _id, status, at, source, ...(until ? { until } : {}) });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e; // flagged before: the first reason stands
  }
}

const HUMAN_ANSWER: readonly Reply['category'][] = ['interested', 'not_interested', 'other'];

/**
 * The rep whose email the reply answers, when the reply went to someone else (the account's
 * owner): told whose it is and that their sequence on the contact is paused. Once per reply.
 */
async function tellSender(deps: Deps, r: Reply): Promise<void> {
  const sender = r.route?.losers.find((c) => c.step === 'sequence' && c.member !== r.owner)?.member;
  if (!sender || !r.owner) return;
  const { nameOf } = deps.directory;
  await notify(
    deps,
    {
      channel: sender,
      text:
        `${escapeMrkdwn(r.from)} replied to your email ("${escapeMrkdwn(r.subject.slice(0, 120))}"). ` +
        `${nameOf(r.owner)} owns ${escapeMrkdwn(r.domain)}, so the reply is theirs; your sequence on ${escapeMrkdwn(r.from)} is paused.`,
    },
    `reply:${r._id}:sender:${sender}`,
  );
}

/**
 * Every rep with a sequence on this contact (`sequenceReps`: enrolled, or sending a sequence's
 * email to it): paused, recorded once per reply, and the sequencer told.
 */
async function stopSequences(
  deps: Deps,
  email: string,
  reps: string[],
  why: string,
  key: string,
): Promise<void> {
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
