import type { Request, Response } from 'express';
import type { Connection } from 'mongoose';
import type { JobRunner } from '../jobs/runner.js';
import { databaseIsUp } from '../store/database.js';
import { outboxBacklog } from '../store/outbox.js';

/**
 * GET /healthz: 200 when the database answers and the job runner runs, else 503 with which.
 * `outbox` counts Slack messages still to send and those that failed for good (a Slack outage
 * shows here; the app itself stays up).
 */
export const healthCheck =
  (db: Connection, jobs: JobRunner, slackMode: string) => async (_req: Request, res: Response) => {
    const database = (await databaseIsUp(db)) ? 'up' : 'down';
    const jobRunner = jobs.isRunning() ? 'running' : 'stopped';
    const ok = database === 'up' && jobRunner === 'running';
    const outbox = database === 'up' ? await outboxBacklog(db).catch(() => undefined) : undefined;
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'ok' : 'degraded', database, jobs: jobRunner, slack: slackMode, outbox });
  };
