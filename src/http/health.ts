import type { Request, Response } from 'express';
import type { Connection } from 'mongoose';
import type { JobRunner } from '../jobs/runner.js';
import { databaseIsUp } from '../store/database.js';

/** GET /healthz: 200 when the database answers and the job runner runs, else 503 with which. */
export const healthCheck =
  (db: Connection, jobs: JobRunner, slackMode: string) => async (_req: Request, res: Response) => {
    const database = (await databaseIsUp(db)) ? 'up' : 'down';
    const jobRunner = jobs.isRunning() ? 'running' : 'stopped';
    const ok = database === 'up' && jobRunner === 'running';
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'ok' : 'degraded', database, jobs: jobRunner, slack: slackMode });
  };
