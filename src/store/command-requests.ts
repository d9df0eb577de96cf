import { type Connection, type Model, Schema } from 'mongoose';

/**
 * A slash command Slack has handed us and we have not answered yet. Written before the ack
 * and removed once the answer is out, so a crash in between leaves it here for the sweep to
 * answer ("please run it again"): an acked command is never silently lost.
 */
export interface CommandRequest {
  _id: string; // Slack's trigger_id: one per typed command
  user: string;
  command: string;
  text: string;
  responseUrl: string;
  receivedAt: Date;
}

const schema = new Schema<CommandRequest>(
  {
    _id: { type: String, required: true },
    user: { type: String, required: true },
    command: { type: String, required: true },
    text: { type: String, default: '' },
    responseUrl: { type: String, required: true },
    receivedAt: { type: Date, required: true, index: true },
  },
  { collection: 'command_requests', versionKey: false },
);

export const commandRequestModel = (db: Connection): Model<CommandRequest> =>
  (db.models.CommandRequest as Model<CommandRequest> | undefined) ??
  db.model<CommandRequest>('CommandRequest', schema);
