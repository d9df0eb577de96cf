import { type Connection, type Model, Schema } from 'mongoose';

export const contactStatuses = ['bounced', 'unsubscribed'] as const;
export type ContactStatus = (typeof contactStatuses)[number];

/** A contact nobody may write to: it bounced, or asked to be removed (team-wide suppression). */
export interface ContactFlag {
  _id: string; // the email address, lowercased
  status: ContactStatus;
  at: Date;
  source: string;
}

const contactFlagSchema = new Schema<ContactFlag>(
  {
    _id: { type: String, required: true },
    status: { type: String, enum: contactStatuses, required: true },
    at: { type: Date, required: true },
    source: { type: String, required: true },
  },
  { collection: 'contact_flags', versionKey: false },
);

export const contactFlagModel = (db: Connection): Model<ContactFlag> =>
  (db.models.ContactFlag as Model<ContactFlag> | undefined) ??
  db.model<ContactFlag>('ContactFlag', contactFlagSchema);

export async function contactFlag(db: Connection, email: string): Promise<ContactFlag | null> {
  return contactFlagModel(db).findById(email.toLowerCase()).lean<ContactFlag>();
}
