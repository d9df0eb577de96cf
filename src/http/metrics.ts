import type { Request, Response } from 'express';
import type { Connection, Model } from 'mongoose';
import { Gauge } from 'prom-client';
import type { Clock } from '../clock.js';
import type { InboxReader } from '../mail/inbox.js';
import { claimModel } from '../store/claims.js';
import { escalationModel } from '../store/escalations.js';
import { outboxModel } from '../store/outbox.js';
import { replyModel } from '../store/replies.js';
import type { Telemetry } from '../telemetry.js';

// biome-ignore lint/suspicious/noExplicitAny: any collection's model; only aggregate is used
type AnyModel = Model<any>;

/** `[value, count]` per value of one field, in one aggregate. */
async function countBy(model: AnyModel, field: string): Promise<[string, number][]> {
  const rows = await model.aggregate<{ _id: unknown; n: number }>([
    { $group: { _id: `$${field}`, n: { $sum: 1 } } },
  ]);
  return rows.map((r) => [String(r._id ?? 'none'), r.n]);
}

/**
 * The gauges read from the database when Prometheus scrapes (so they are true for every
 * instance, whoever did the work): claims, disputes, replies and outbox messages by state,
 * and the inbox's lag.
 */
export function registerStateGauges(t: Telemetry, db: Connection, clock: Clock, inbox?: InboxReader): void {
  const byState = (name: string, help: string, model: () => AnyModel, field: string) =>
    new Gauge({
      name,
      help,
      labelNames: ['state'],
      registers: [t.registry],
      async collect() {
        this.reset();
        for (const [state, n] of await countBy(model(), field)) this.set({ state }, n);
      },
    });
  byState(
    'claimdesk_claims',
    'Claims by status (active, released, lapsed, expired, transferred)',
    () => claimModel(db),
    'status',
  );
  byState(
    'claimdesk_disputes',
    'Disputes by state (rep, lead, ops, decided)',
    () => escalationModel(db),
    'state',
  );
  byState(
    'claimdesk_replies',
    'Replies by state (stored, routed, replied, closed, triage)',
    () => replyModel(db),
    'state',
  );
  byState(
    'claimdesk_outbox_messages',
    'Slack messages in the outbox by status (pending, sent, failed)',
    () => outboxModel(db),
    'status',
  );

  new Gauge({
    name: 'claimdesk_inbox_newest_reply_age_seconds',
    help: 'Age of the newest stored reply (grows when mail stops arriving or the reader stalls)',
    registers: [t.registry],
    async collect() {
      const newest = await replyModel(db)
        .findOne({}, { receivedAt: 1 })
        .sort({ receivedAt: -1 })
        .lean<{ receivedAt: Date }>();
      if (newest) this.set((clock.now().getTime() - newest.receivedAt.getTime()) / 1000);
    },
  });
  if (!inbox) return;
  new Gauge({
    name: 'claimdesk_inbox_last_sync_timestamp_seconds',
    help: "When this instance's inbox reader last caught up with the mailbox (0: never)",
    registers: [t.registry],
    collect() {
      this.set((inbox.status().lastSyncAt?.getTime() ?? 0) / 1000);
    },
  });
  new Gauge({
    name: 'claimdesk_inbox_leader',
    help: '1 when this instance reads the shared inbox (holds the lease), else 0',
    registers: [t.registry],
    collect() {
      this.set(inbox.status().role === 'leader' ? 1 : 0);
    },
  });
}

/** GET /metrics: Prometheus text format. */
export const metricsRoute = (t: Telemetry) => async (_req: Request, res: Response) => {
  res.type(t.registry.contentType).send(await t.registry.metrics());
};
