import type { Deps } from '../deps.js';
import { runningSequences } from '../domain/sequences.js';
import type { Target } from '../domain/target.js';
import { type Activity, activityModel } from '../store/activities.js';
import { oneOf } from '../store/equality.js';
import { section } from '../views/blocks.js';
import { escapeMrkdwn } from '../views/text.js';
import { notify } from './notify.js';

/** A contact's sequence lock and mailbox lock, from the records. */
export interface ContactLocks {
  /** The sequences running on it (one is the rule; two is a conflict already). */
  sequences: { member: string; sequence: string }[];
  /** The mailbox its latest recorded outbound came from: the conversation's sender. */
  mailbox?: { mailbox: string; member: string; at: Date };
}

/** Sequence events and mailbox-tagged sends on a contact, in one query. */
export async function contactLocks(deps: Pick<Deps, 'db'>, email: string): Promise<ContactLocks> {
  return (await contactLocksOf(deps, [email])).get(email) ?? { sequences: [] };
}

/** The same for many contacts (a list check), still one query. */
export async function contactLocksOf(
  deps: Pick<Deps, 'db'>,
  emails: string[],
): Promise<Map<string, ContactLocks>> {
  const locks = new Map<string, ContactLocks>();
  if (emails.length === 0) return locks;
  const events = await activityModel(deps.db)
    .find(
      {
        email: oneOf(emails),
        $or: [
          { type: { $in: ['sequence_start', 'sequence_pause', 'sequence_resume'] } },
          { mailbox: { $exists: true } },
        ],
      },
      { email: 1, type: 1, member: 1, sequence: 1, mailbox: 1, at: 1 },
    )
    .lean<Activity[]>();
  const byEmail = new Map<string, Activity[]>();
  for (const e of events) if (e.email) byEmail.set(e.email, [...(byEmail.get(e.email) ?? []), e]);
  for (const [email, list] of byEmail) {
    const sent = list.filter((e) => e.mailbox).sort((a, b) => b.at.getTime() - a.at.getTime())[0];
    locks.set(email, {
      sequences: runningSequences(list),
      mailbox: sent?.mailbox ? { mailbox: sent.mailbox, member: sent.member, at: sent.at } : undefined,
    });
  }
  return locks;
}

/**
 * "One active sequence per contact": enrolling it in a second sequence is refused while the
 * first runs (the same sequence again is no conflict). Undefined when it may start.
 */
export function sequenceConflict(locks: ContactLocks, sequence: string | undefined) {
  return locks.sequences.find((s) => s.sequence !== sequence);
}

/** "One sending mailbox per conversation": a send from another mailbox than the last one's. */
export function mailboxConflict(locks: ContactLocks, mailbox: string | undefined) {
  return mailbox && locks.mailbox && locks.mailbox.mailbox !== mailbox ? locks.mailbox : undefined;
}

export const contactOf = (t: Target) => (t.level === 'contact' ? t.email : undefined);

/** The rep whose send broke the mailbox lock hears it once, with the mailbox to use. */
export async function warnOfMailbox(
  deps: Deps,
  sent: Activity,
  holder: NonNullable<ContactLocks['mailbox']>,
): Promise<void> {
  const text = `:twisted_rightwards_arrows: You wrote to *${escapeMrkdwn(sent.email ?? sent.domain)}* from ${escapeMrkdwn(sent.mailbox ?? '?')}, but the conversation runs from *${escapeMrkdwn(holder.mailbox)}* (${escapeMrkdwn(deps.directory.nameOf(holder.member))}). Two mailboxes on one thread confuse the prospect: reply from that one, or agree with them who keeps it.`;
  await notify(
    deps,
    {
      channel: sent.member,
      text: `Two mailboxes are writing to ${sent.email ?? sent.domain}`,
      blocks: [section(text)],
    },
    `mailbox-conflict:${sent._id}`,
  );
}
