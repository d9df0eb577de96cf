import type { Request, Response } from 'express';
import type { Connection } from 'mongoose';
import type { JobRunner } from '../jobs/runner.js';
import type { InboxReader } from '../mail/inbox.js';
import type { SocketState } from '../slack-socket.js';
import type { WorkspaceCheck } from '../slack-workspace.js';
import { databaseIsUp } from '../store/database.js';
import { outboxBacklog } from '../store/outbox.js';

/**
 * GET /healthz: 200 when the database answers and the job runner runs, else 503 with which.
 * `outbox` counts Slack messages still to send and those that failed for good (a Slack outage
 * shows here; the app itself stays up). `inbox` (when IMAP is set) says whether this instance
 * reads the shared inbox (`leader`) or stands by (`follower`), and when it last caught up.
 * `slack` says whether the token works and the bot is in the policy's channels (re-checked at
 * most once a minute), each problem as what to do; a Socket Mode connection that failed is a 503.
 */
export const healthCheck =
  (
    db: Connection,
    jobs: JobRunner,
    slack: { mode: string; workspace: WorkspaceCheck; socket: SocketState },
    inbox?: InboxReader,
  ) =>
  async (_req: Request, res: Response) => {
    const database = (await databaseIsUp(db)) ? 'up' : 'down';
    const jobRunner = jobs.isRunning() ? 'running' : 'stopped';
    const { socket } = slack;
    const ok = database === 'up' && jobRunner === 'running' && socket.state !== 'failed';
    const { botId: _id, botUserId: _user, ...workspace } = await slack.workspace.status();
    const outbox = database === 'up' ? await outboxBacklog(db).catch(() => undefined) : undefined;
    const reader = inbox?.status();
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'degraded',
      database,
      jobs: jobRunner,
      slack: {
        mode: slack.mode,
        ...(socket.state === 'off' ? {} : { socket: socket.state, socketError: socket.error }),
        ...workspace,
      },
      outbox,
      inbox: reader && { ...reader, lastSyncAt: reader.lastSyncAt?.toISOString() ?? null },
    });
  };
