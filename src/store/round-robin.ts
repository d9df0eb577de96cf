import { type Connection, type Model, Schema } from 'mongoose';

/** One turn of a territory's round robin: `_id` `<territory>:<n>` makes each turn unique. */
export interface RoundRobinTurn {
  _id: string;
  territory: string;
  n: number;
  replyId: string;
}

const schema = new Schema<RoundRobinTurn>(
  {
    _id: { type: String, required: true },
    territory: { type: String, required: true },
    n: { type: Number, required: true },
    replyId: { type: String, required: true, index: true },
  },
  { collection: 'round_robin', versionKey: false },
);

export const roundRobinModel = (db: Connection): Model<RoundRobinTurn> =>
  (db.models.RoundRobinTurn as Model<RoundRobinTurn> | undefined) ??
  db.model<RoundRobinTurn>('RoundRobinTurn', schema);
