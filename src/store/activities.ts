import { type Connection, type Model, Schema } from 'mongoose';

export const activityTypes = [
  'outbound_email',
  'call',
  'meeting',
  'sequence_start',
  'sequence_pause',
  'sequence_resume',
  'reply',
] as const;
export type ActivityType = (typeof activityTypes)[number];

/** Recorded work on an account or contact: what activates a claim and what the evidence pack shows. */
export interface Activity {
  /** `msg:<Message-ID>` when the sender gave one (idempotent intake), else generated. */
  _id: string;
  type: ActivityType;
  domain: string;
  email?: string;
  member: string;
  at: Date;
  sequence?: string;
  /** The lead source as the sender's tool labelled it ("APOLLO export"); routing normalises it. */
  source?: string;
  messageId?: string;
  /** A reply's category (interested, out_of_office …) from the inbox classifier. */
  category?: string;
  /** The mailbox an outbound was sent from: one sending mailbox per conversation. */
  mailbox?: string;
  recordedAt: Date;
}

const activitySchema = new Schema<Activity>(
  {
    _id: { type: String, required: true },
    type: { type: String, enum: activityTypes, required: true },
    domain: { type: String, required: true, index: true },
    email: { type: String, index: true }, // replies route by contact
    member: { type: String, required: true },
    at: { type: Date, required: true },
    sequence: { type: String },
    source: { type: String },
    messageId: { type: String, index: true }, // replies find the email they answer
    category: { type: String },
    mailbox: { type: String },
    recordedAt: { type: Date, required: true },
  },
  { collection: 'activities', versionKey: false },
);

export const activityModel = (db: Connection): Model<Activity> =>
  (db.models.Activity as Model<Activity> | undefined) ?? db.model<Activity>('Activity', activitySchema);

const RECENT_DAYS = 30;

/** Activity on an account in the last 30 days before `now`, newest first (/check, the conflict alert). */
export async function recentActivity(db: Connection, domain: string, now: Date): Promise<Activity[]> {
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  return activityModel(db)
    .find({ domain, at: { $gte: since } })
    .sort({ at: -1 })
    .limit(50)
    .lean<Activity[]>();
}

/**
 * A contact's lead sources, sequence enrolments and sequence sends, newest first, in one read:
 * routing takes the lead source and the latest sequence from it, and a reply that stops the
 * contact's sequences takes their reps from the same rows instead of reading them again.
 */
export function sequenceHistory(db: Connection, email: string): Promise<Activity[]> {
  return activityModel(db)
    .find({
      email,
      $or: [{ source: { $exists: true } }, { type: 'sequence_start' }, { sequence: { $exists: true } }],
    })
    .sort({ at: -1 })
    .select({ type: 1, member: 1, sequence: 1, source: 1, at: 1 })
    .lean<Activity[]>()
    .exec(); // a promise, which callers may await more than once (a query runs again each time)
}

/** Every rep with a sequence on the contact: enrolled it, or sent it a sequence's email. */
export const sequenceReps = (history: Activity[]): string[] => [
  ...new Set(
    history.filter((a) => a.type === 'sequence_start' || a.sequence !== undefined).map((a) => a.member),
  ),
];
