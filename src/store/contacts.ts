import { type Connection, type Model, Schema } from 'mongoose';

export const contactStatuses = ['bounced', 'unsubscribed', 'not_interested'] as const;
export type ContactStatus = (typeof contactStatuses)[number];

/**
 * A contact nobody may write to: it bounced or asked to be removed (for good), or said not
 * interested (until `until`, policy claims.notInterestedBlock). Team-wide.
 */
export interface ContactFlag {
  _id: string; // the email address, lowercased
  status: ContactStatus;
  at: Date;
  source: string;
  until?: Date;
}

const contactFlagSchema = new Schema<ContactFlag>(
  {
    _id: { type: String, required: true },
    status: { type: String, enum: contactStatuses, required: true },
    at: { type: Date, required: true },
    source: { type: String, required: true },
    until: { type: Date },
  },
  { collection: 'contact_flags', versionKey: false },
);

export const contactFlagModel = (db: Connection): Model<ContactFlag> =>
  (db.models.ContactFlag as Model<ContactFlag> | undefined) ??
  db.model<ContactFlag>('ContactFlag', contactFlagSchema);

/** The flags in effect now: permanent ones, and a "not interested" whose time has not run out. */
export const inEffect = (now: Date) => ({ $or: [{ until: { $exists: false } }, { until: { $gt: now } }] });

export async function contactFlag(db: Connection, email: string, now: Date): Promise<ContactFlag | null> {
  return contactFlagModel(db)
    .findOne({ _id: email.toLowerCase(), ...inEffect(now) })
    .lean<ContactFlag>();
}

/** Words for a status in a sentence: "it bounced", "it said not interested". */
export const statusText: Record<ContactStatus, string> = {
  bounced: 'bounced',
  unsubscribed: 'unsubscribed',
  not_interested: 'said not interested',
};
