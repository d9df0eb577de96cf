import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { parseTarget, type Target } from '../domain/target.js';
import { isAppError } from '../errors.js';
import { formatPath } from '../policy/load.js';
import { activityTypes } from '../store/activities.js';
import { recordActivity } from '../usecases/activity.js';
import { contactLocks, mailboxConflict, sequenceConflict, warnOfMailbox } from '../usecases/contact-locks.js';

const activityBody = z
  .object({
    type: z.enum(activityTypes),
    email: z.string().max(320).optional(),
    domain: z.string().max(253).optional(),
    member: z.string().min(1).max(320),
    at: z.iso.datetime({ offset: true }).optional(),
    sequence: z.string().max(200).optional(),
    source: z.string().max(200).optional(),
    messageId: z.string().min(1).max(998).optional(),
    /** The sending mailbox of an outbound: one per conversation. */
    mailbox: z.email({ error: 'must be the sending mailbox’s address' }).max(320).toLowerCase().optional(),
  })
  .refine((b) => b.email || b.domain, { error: 'give email or domain', path: ['email'] });

/** A sequencer's clock may run a little ahead of ours; an activity further ahead is a mistake. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

const problemsOf = (e: z.ZodError) =>
  e.issues.map((i) => ({ path: formatPath(i.path) || '(body)', message: i.message }));

/**
 * POST /api/activities: a sequencer's or CRM's record of work. Validated field by field; a
 * second sequence on a contact is refused (409), a send from a second mailbox is recorded and
 * its rep warned.
 */
export const activitiesRoute = (deps: Deps) => async (req: Request, res: Response) => {
  const body = activityBody.safeParse(req.body);
  if (!body.success) {
    res.status(400).json({ error: 'invalid_request', problems: problemsOf(body.error) });
    return;
  }
  const b = body.data;
  if (b.at && new Date(b.at).getTime() > deps.clock.now().getTime() + MAX_CLOCK_SKEW_MS) {
    res.status(400).json({
      error: 'invalid_request',
      problems: [{ path: 'at', message: 'is in the future: record an activity when it has happened' }],
    });
    return;
  }
  if (deps.directory.unknownSequence(b.sequence)) {
    res.status(400).json({
      error: 'invalid_request',
      problems: [
        {
          path: 'sequence',
          message: `"${b.sequence}" is not one of the policy's sequences (${deps.directory.policy.sequences.join(', ')})`,
        },
      ],
    });
    return;
  }
  const member = b.member.includes('@')
    ? deps.directory.memberByEmail(b.member)
    : deps.directory.member(b.member);
  if (!member) {
    res.status(422).json({
      error: 'unknown_member',
      message: `${b.member} is not in the policy file; ask ${deps.directory.adminsText()} to add them.`,
    });
    return;
  }
  let target: Target;
  try {
    target = parseTarget((b.email ?? b.domain) as string, deps.directory.accounts);
  } catch (e) {
    if (!isAppError(e)) throw e;
    res.status(400).json({
      error: 'invalid_target',
      problems: [{ path: b.email ? 'email' : 'domain', message: e.message }],
    });
    return;
  }
  // The contact's sequence lock and mailbox lock, read only when this record could break one.
  const contact = target.level === 'contact' ? target.email : undefined;
  const locks =
    contact && (b.type === 'sequence_start' || (b.mailbox && b.type === 'outbound_email'))
      ? await contactLocks(deps, contact)
      : undefined;
  const running = locks && b.type === 'sequence_start' ? sequenceConflict(locks, b.sequence) : undefined;
  if (running) {
    res.status(409).json({
      error: 'sequence_conflict',
      message: `${contact} is already in sequence "${running.sequence}" (${deps.directory.nameOf(running.member)}): one active sequence per contact. Pause that one first.`,
      running: { ...running, memberName: deps.directory.member(running.member)?.name },
    });
    return;
  }
  const otherMailbox = locks && b.type === 'outbound_email' ? mailboxConflict(locks, b.mailbox) : undefined;
  const outcome = await recordActivity(deps, {
    type: b.type,
    target,
    member,
    at: b.at ? new Date(b.at) : deps.clock.now(),
    sequence: b.sequence,
    source: b.source,
    messageId: b.messageId,
    mailbox: b.mailbox,
  });
  if (otherMailbox && outcome.recorded) await warnOfMailbox(deps, outcome.activity, otherMailbox);
  deps.log.info(
    { activity: b.type, key: target.key, member: member.slack, recorded: outcome.recorded },
    'activity recorded',
  );
  res.status(outcome.recorded ? 201 : 200).json({
    recorded: outcome.recorded,
    duplicate: !outcome.recorded,
    activated: outcome.activated.map((c) => ({ claimId: c._id.toHexString(), key: c.key })),
    claimed: outcome.claimed
      ? {
          claimId: outcome.claimed._id.toHexString(),
          key: outcome.claimed.key,
          reason: outcome.claimed.reason,
        }
      : null,
    mailboxConflict: otherMailbox
      ? { ...otherMailbox, memberName: deps.directory.member(otherMailbox.member)?.name }
      : null,
    conflict: outcome.conflict
      ? {
          owner: outcome.conflict.owner,
          ownerName: deps.directory.member(outcome.conflict.owner)?.name,
          key: outcome.conflict.key,
        }
      : null,
  });
};
