import { type Connection, type Model, Schema } from 'mongoose';
import type { Intent } from '../domain/classify.js';
import type { Category } from '../domain/classify-rules.js';
import type { Candidate, RouteStep } from '../domain/routing.js';

export const replyStates = ['stored', 'routed', 'replied', 'closed', 'triage'] as const;
export type ReplyState = (typeof replyStates)[number];

/**
 * A prospect's reply, stored before anyone is told (DESIGN.md: nothing is lost). `_id` is
 * the Message-ID, so the same mail twice (redelivery, a second inbox, a restart) is one reply.
 */
export interface Reply {
  _id: string;
  mailbox: string;
  uid?: number;
  /** Empty for a delivery report that came without a usable From. */
  from: string;
  fromName?: string;
  domain: string; // the sender's account (primary domain)
  to: string[];
  subject: string;
  replyText: string;
  inReplyTo?: string;
  references: string[];
  sentAt?: Date;
  receivedAt: Date;
  truncated: boolean;
  /** Encrypted (S/MIME, PGP) or Outlook's winmail.dat alone: the owner reads it in their mail client. */
  sealed?: string;
  /** The rep who forwarded this reply to the shared inbox ("Sam Ortiz <sam@ourco.io>"). */
  forwardedBy?: string;
  category: Category;
  /** `escalation` is how replies stored before the legal/brand flags said it. */
  flags: { legal?: true; brand?: true; escalation?: 'legal' | 'brand'; priority: string[] };
  /** What the reply asks for (a question's topics, referred people, a follow-up date…). */
  intent?: Intent;
  /** The classifier's confidence; below LOW_CONFIDENCE the owner is asked to check. */
  confidence?: number;
  signals: string[];
  returnDate?: string;
  bouncedAddress?: string;
  /** A delay (4xx, "delayed") is not a dead address: only permanent bounces suppress. */
  bouncePermanent?: boolean;
  /** Addresses the writer asked us to stop mailing in place of their own ("remove john@…, he left"): suppressed. */
  stopsFor?: string[];
  /** A stop asked for someone else with no address: the contact our email went to is suppressed (reply-effects.ts). */
  stopAskedForAnother?: boolean;
  state: ReplyState;
  /** Set once routed: exactly one owner and why; `losers` are the next candidates for "Not mine". */
  owner?: string;
  route?: {
    step: RouteStep | 'lead' | 'reassigned' | 'override';
    why: string;
    explanation: string;
    losers: Candidate[];
    /** The step's pick could not answer now (away, off hours): whom the owner covers for, until when. */
    cover?: { for: string; why: string; until: Date };
    /** A specialist added for a topic (routing.overrides, mode `with`); the owner keeps the reply. */
    specialist?: { member: string; topic: string };
  };
  /** When the owner must have answered (business time); none for replies that need no answer. */
  dueAt?: Date;
  repliedAt?: Date;
  /** Everyone who said "Not mine", so it never comes back to them. */
  declinedBy: string[];
  /** How many times it changed hands (Not mine, Reassign): numbers each owner's DM. */
  passes: number;
  /** The owner's DM, edited at milestones. */
  dm?: { channel: string; ts: string };
  milestone?: 'half' | 'due' | 'breached' | 'replied';
}

const candidate = { _id: false, step: String, member: String, why: String };

const replySchema = new Schema<Reply>(
  {
    _id: { type: String, required: true },
    mailbox: { type: String, required: true },
    uid: { type: Number },
    from: { type: String, default: '', index: true }, // the pre-send check finds a contact's replies
    fromName: { type: String },
    domain: { type: String, required: true },
    to: { type: [String], default: [] },
    subject: { type: String, default: '' },
    replyText: { type: String, default: '' },
    inReplyTo: { type: String },
    references: { type: [String], default: [], index: true }, // the thread's earlier replies
    sentAt: { type: Date },
    receivedAt: { type: Date, required: true },
    truncated: { type: Boolean, default: false },
    sealed: { type: String },
    forwardedBy: { type: String },
    category: { type: String, required: true },
    flags: { type: Schema.Types.Mixed, required: true },
    intent: { type: Schema.Types.Mixed },
    confidence: { type: Number },
    signals: { type: [String], default: [] },
    returnDate: { type: String },
    bouncedAddress: { type: String },
    bouncePermanent: { type: Boolean },
    stopsFor: { type: [String], default: undefined },
    stopAskedForAnother: { type: Boolean },
    state: { type: String, enum: replyStates, required: true, index: true }, // pending, SLA sweeps
    owner: { type: String },
    route: {
      type: {
        _id: false,
        step: String,
        why: String,
        explanation: String,
        losers: [candidate],
        cover: { type: { _id: false, for: String, why: String, until: Date } },
        specialist: { type: { _id: false, member: String, topic: String } },
      },
    },
    dueAt: { type: Date },
    repliedAt: { type: Date },
    declinedBy: { type: [String], default: [] },
    passes: { type: Number, default: 0 },
    dm: { type: { _id: false, channel: String, ts: String } },
    milestone: { type: String },
  },
  { collection: 'replies', versionKey: false },
);

export const replyModel = (db: Connection): Model<Reply> =>
  (db.models.Reply as Model<Reply> | undefined) ?? db.model<Reply>('Reply', replySchema);

export const isLegal = (r: Pick<Reply, 'flags'>) => !!r.flags.legal || r.flags.escalation === 'legal';
export const isBrand = (r: Pick<Reply, 'flags'>) => !!r.flags.brand || r.flags.escalation === 'brand';

export async function replyById(db: Connection, id: string): Promise<Reply | undefined> {
  return (await replyModel(db).findById(id).lean<Reply>()) ?? undefined;
}

/** Where the inbox reader is: UIDs below `lastUid` under this `uidValidity` are stored. */
export interface MailboxCursor {
  _id: string; // "<user>@<host>/<mailbox>"
  uidValidity: string; // a bigint as text
  lastUid: number;
  updatedAt: Date;
}

const cursorSchema = new Schema<MailboxCursor>(
  {
    _id: { type: String, required: true },
    uidValidity: { type: String, required: true },
    lastUid: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'mailbox_cursors', versionKey: false },
);

export const mailboxCursorModel = (db: Connection): Model<MailboxCursor> =>
  (db.models.MailboxCursor as Model<MailboxCursor> | undefined) ??
  db.model<MailboxCursor>('MailboxCursor', cursorSchema);
