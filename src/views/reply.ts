import type { KnownBlock, ModalView } from '@slack/types';
import { LOW_CONFIDENCE } from '../domain/classify.js';
import { isBrand, isLegal, type Reply } from '../store/replies.js';
import { actions, button, context, section } from './blocks.js';
import type { SlackMessage } from './claims-list.js';
import { replyActions, replyFields, replyModals } from './ids.js';
import { clip, escapeMrkdwn, slackWhen } from './text.js';

export const categoryTitle: Record<Reply['category'], string> = {
  interested: ':large_green_circle: Interested',
  not_interested: ':white_circle: Not interested',
  out_of_office: ':palm_tree: Out of office',
  bounce: ':no_entry: Bounce',
  unsubscribe: ':no_bell: Unsubscribe',
  other: ':speech_balloon: Question',
};

const secondPerson: Record<string, string> = {
  owns: 'own',
  runs: 'run',
  is: 'are',
  covers: 'cover',
  has: 'have',
};

/**
 * "John Reed owns acme.com — beats …" read by John: "You own acme.com — beats …". Routing
 * writes one explanation for the audit; the owner's DM turns its subject into "you".
 */
export function toReader(text: string, reader?: string): string {
  if (!reader) return text;
  if (text.startsWith(`${reader}: `)) return `given to you: ${text.slice(reader.length + 2)}`;
  if (!text.startsWith(`${reader} `)) return text.split(reader).join('you');
  const [verb = '', ...rest] = text.slice(reader.length + 1).split(' ');
  return ['You', secondPerson[verb] ?? verb, ...rest].join(' ').split(reader).join('you');
}

/** "in 1 h 52 min", "12 min ago": the countdown as of `now`. */
export function countdown(dueAt: Date, now: Date): string {
  const minutes = Math.round((dueAt.getTime() - now.getTime()) / 60_000);
  const abs = Math.abs(minutes);
  const text = abs >= 60 ? `${Math.floor(abs / 60)} h ${abs % 60} min` : `${abs} min`;
  return minutes >= 0 ? `in ${text}` : `${text} ago`;
}

export function slaLine(r: Reply, now: Date, tz: string): string {
  if (r.repliedAt) {
    const took = Math.max(0, Math.round((r.repliedAt.getTime() - r.receivedAt.getTime()) / 60_000));
    return `:white_check_mark: Replied in ${took >= 60 ? `${Math.floor(took / 60)} h ${took % 60} min` : `${took} min`}.`;
  }
  if (!r.dueAt) return 'No reply needed.';
  // Each reader sees their own zone ("today at 2:06 PM"); the countdown is as of this message.
  const at = slackWhen(r.dueAt, tz);
  if (r.dueAt <= now)
    return `:rotating_light: *SLA breached*: reply was due by ${at} (${countdown(r.dueAt, now)}).`;
  return `*SLA*: reply due by ${at} (${countdown(r.dueAt, now)}).`;
}

export interface ReplyView {
  claimLine: string;
  now: Date;
  tz: string;
  buttons: boolean;
  /** A line on top saying where the reply stands now ("Passed to Maya: …", "Nobody owns it: …"). */
  status?: string;
  /** The reader's to answer: why it is theirs, and the intent's buttons (default true). */
  owned?: boolean;
  /** The SLA countdown (default true; not on a DM whose reader passed the reply on). */
  sla?: boolean;
  /** The reader's name, when the DM is theirs: it speaks of them as "you". */
  reader?: string;
  /** The name of the owner the reader covers for (the reply's route has the why and until). */
  coveringFor?: string;
  /** The name of the specialist added for a topic (the route has the topic). */
  specialist?: string;
}

/** What to do with a reply only its recipient's mail client can read (src/mail/sealed.ts). */
const SEALED: Record<string, string> = {
  'S/MIME':
    ':lock: _Sent with S/MIME (encrypted or signed): only your mail client can read it. Open it there._',
  PGP: ':lock: _Encrypted with PGP: only your mail client can read it. Open it there._',
  'winmail.dat': ":paperclip: _Sent as winmail.dat, Outlook's rich text: open it in Outlook to read it._",
};
const SEALED_ANY = ':lock: _Only your mail client can read this reply. Open it there._';

/**
 * The owner's DM: category, sender, subject, the reply's own text (escaped: an email cannot
 * ping anyone), the account and claim, why it is theirs, and the SLA countdown. The same reply
 * with a status on top is what a DM becomes once passed on, and what the triage channel sees.
 */
export function replyMessage(r: Reply, context_: ReplyView): SlackMessage {
  const sender = r.fromName ? `${r.fromName} <${r.from}>` : r.from;
  const owned = context_.owned ?? true;
  const blocks: KnownBlock[] = [
    ...(context_.status ? [section(context_.status)] : []),
    section(
      `*${categoryTitle[r.category]}* reply from ${escapeMrkdwn(sender)}\n*Subject:* ${escapeMrkdwn(clip(r.subject || '(none)', 200))}`,
    ),
    section(
      r.replyText
        ? escapeMrkdwn(clip(r.replyText, 1500))
            .split('\n')
            .map((l) => `> ${l}`)
            .join('\n')
        : r.sealed
          ? (SEALED[r.sealed] ?? SEALED_ANY)
          : '_(no text)_',
    ),
    context(
      [
        `Account: ${escapeMrkdwn(r.domain)} · ${escapeMrkdwn(context_.claimLine)}`,
        r.route && owned ? `Why yours: ${escapeMrkdwn(toReader(r.route.explanation, context_.reader))}` : '',
        r.route?.specialist && context_.specialist
          ? `:handshake: ${escapeMrkdwn(context_.specialist)} is added for the ${r.route.specialist.topic} question: the reply is in a group DM with you both.`
          : '',
        r.flags.priority.length ? `Priority: ${r.flags.priority.join(', ').replace(/_/g, ' ')}` : '',
        isLegal(r) ? 'Flag: legal threat (your lead and compliance are told)' : '',
        isBrand(r) ? 'Flag: brand complaint (RevOps is told)' : '',
        r.confidence !== undefined && r.confidence < LOW_CONFIDENCE
          ? `:grey_question: Not sure this is "${r.category.replace(/_/g, ' ')}": please check the category.`
          : '',
        r.truncated ? 'The mail was too large and was cut.' : '',
        r.forwardedBy ? `Forwarded to the shared inbox by ${escapeMrkdwn(r.forwardedBy)}.` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    ),
    ...(owned && r.route?.cover && context_.coveringFor
      ? [
          section(
            `:busts_in_silhouette: *Covering for ${escapeMrkdwn(context_.coveringFor)}* (${r.route.cover.why}) until ${slackWhen(r.route.cover.until, context_.tz)}.`,
          ),
        ]
      : []),
    ...intentBlocks(r).filter((b) => owned || b.type !== 'actions'),
    ...(r.stopsFor?.length
      ? [
          section(
            `*They asked us to stop mailing* ${escapeMrkdwn(r.stopsFor.join(', '))}: suppressed team-wide, and compliance is told.`,
          ),
        ]
      : []),
    ...(context_.sla === false ? [] : [section(slaLine(r, context_.now, context_.tz))]),
  ];
  if (context_.buttons && !r.repliedAt) {
    blocks.push(
      actions(
        button('Mark replied', replyActions.markReplied, r._id, 'primary'),
        button('Reassign', replyActions.reassign, r._id),
        button('Not mine', replyActions.notMine, r._id),
      ),
    );
  }
  const plainSender = sender.replace(/[<>&]/g, ' ').trim();
  return {
    text: clip(
      (context_.status ? `${context_.status.replace(/[*_]/g, '')} ` : '') +
        `${r.category.replace(/_/g, ' ')} reply from ${plainSender}: ${r.subject.replace(/[<>&]/g, ' ')}`,
      300,
    ),
    blocks,
  };
}

/** What the reply asks for: a question's topics, referred people (with a claim button each), a date. */
function intentBlocks(r: Reply): KnownBlock[] {
  const i = r.intent;
  if (!i) return [];
  switch (i.kind) {
    case 'question':
      return [section(`*They ask about* ${i.topics.length ? i.topics.join(', ') : 'the offer'}.`)];
    case 'referral': {
      const named = i.people.map((p) => escapeMrkdwn(p.name ? `${p.name} (${p.email})` : p.email)).join(', ');
      return [
        section(
          // Only an auto-reply saying they left the company is an out-of-office with a referral; only
          // a stop at this address beside a new one, or someone named in their place, an unsubscribe.
          r.category === 'out_of_office'
            ? `*They have left the company*, says their automatic reply, which points you to ${named}. Sequences on them are stopped.`
            : r.category === 'unsubscribe'
              ? `*They asked to stop at this address:* it is suppressed, and they point you to ${named}.`
              : `*They point you to* ${named}.`,
        ),
        actions(
          ...i.people
            .slice(0, 5)
            .map((p) =>
              button(clip(`Claim ${p.email}`, 75), replyActions.claimReferral, `${r._id} ${p.email}`),
            ),
        ),
      ];
    }
    case 'not_now':
      return [
        section(
          i.followUp
            ? `*Not now:* they asked to hear back around ${i.followUp}. Sequences on them are paused; you get a reminder that day.`
            : '*Not now:* no date given. Sequences on them are paused.',
        ),
      ];
    case 'wrong_person':
      return [section('*Wrong person:* they say this is not theirs to answer.')];
    default:
      return [];
  }
}

/** Reassign: to whom and why (required). */
export function reassignModal(replyId: string, subject: string): ModalView {
  return {
    type: 'modal',
    callback_id: replyModals.reassign,
    private_metadata: JSON.stringify({ replyId }),
    title: { type: 'plain_text', text: 'Reassign reply' },
    submit: { type: 'plain_text', text: 'Reassign' },
    blocks: [
      { type: 'section', text: { type: 'plain_text', text: clip(`“${subject || '(no subject)'}”`, 300) } },
      {
        type: 'input',
        block_id: replyFields.member.block,
        label: { type: 'plain_text', text: 'New owner' },
        element: { type: 'users_select', action_id: replyFields.member.action },
      },
      {
        type: 'input',
        block_id: replyFields.reason.block,
        label: { type: 'plain_text', text: 'Reason' },
        element: { type: 'plain_text_input', action_id: replyFields.reason.action, max_length: 300 },
      },
    ],
  };
}
