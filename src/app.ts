import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver } from '@slack/bolt';
import { type RetryOptions, WebClient } from '@slack/web-api';
import express from 'express';
import { type Clock, ManualClock, systemClock } from './clock.js';
import type { Config, SlackMode } from './config.js';
import type { Deps } from './deps.js';
import { apiRouter } from './http/api.js';
import { healthCheck } from './http/health.js';
import { metricsRoute, registerStateGauges } from './http/metrics.js';
import { requestLogging } from './http/request-log.js';
import { rejectFutureSlackRequests } from './http/slack-timestamp.js';
import { defineJobs, scheduleJobs } from './jobs/index.js';
import { JobRunner } from './jobs/runner.js';
import { registerListeners } from './listeners/index.js';
import { createLog, type Log, slackLogger } from './log.js';
import { type InboxOptions, InboxReader } from './mail/inbox.js';
import { Directory } from './policy/directory.js';
import { loadPolicyFile } from './policy/load.js';
import type { Policy } from './policy/schema.js';
import { sandboxRouter, startSandboxSlack } from './sandbox/server.js';
import { SocketState } from './slack-socket.js';
import { WorkspaceCheck } from './slack-workspace.js';
import { connectDatabase, startEmbeddedDatabase } from './store/database.js';
import { Telemetry } from './telemetry.js';
import { settleSends } from './usecases/notify.js';

export interface StartOptions {
  /** Use this policy instead of reading config.policyFile (tests). */
  policy?: Policy;
  clock?: Clock;
  log?: Log;
  /** Agenda's polling interval (else config.jobsPollMs, else 5 s); tests shorten it. */
  processEvery?: string | number;
  /** Web API retry policy; tests shorten it so a 500 is retried in milliseconds. */
  slackRetries?: RetryOptions;
  /** Inbox reader timing (tests shorten the backoff and the resync). */
  inbox?: InboxOptions;
  /** Emit the driver's command events (the benchmark counts database round trips). */
  monitorCommands?: boolean;
  /** How long a slash command may take to be answered in its ack (tests set 0: the slow path). */
  answerInAckMs?: number;
}

export interface RunningApp {
  url: string;
  deps: Deps;
  /** The shared-inbox reader, when IMAP is configured. */
  inbox?: InboxReader;
  stop(): Promise<void>;
}

/**
 * The composition root: config → database → job runner → Bolt → HTTP. Nothing else lives
 * here; main.ts adds the process concerns (env file, signals, exit codes).
 */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const log = options.log ?? createLog(config.logLevel);
  const policy = options.policy ?? loadPolicyFile(config.policyFile);
  const directory = new Directory(policy);

  // No Slack at all: the local sandbox plays Slack (its Web API emulation and a web page).
  const sandbox = config.slack.kind === 'sandbox' ? await startSandboxSlack(policy) : undefined;
  const slackMode = sandbox?.mode ?? (config.slack as Exclude<SlackMode, { kind: 'sandbox' }>);
  const slackApiUrl = sandbox?.slack.apiUrl ?? config.slackApiUrl;
  const clock = options.clock ?? (sandbox ? new ManualClock() : systemClock);

  const embedded = config.mongodbUri ? undefined : await startEmbeddedDatabase(log);
  const database = await connectDatabase(config.mongodbUri ?? (embedded as { uri: string }).uri, log, {
    monitorCommands: options.monitorCommands,
  });
  const jobs = new JobRunner(database.connection, log, {
    processEvery: options.processEvery ?? config.jobsPollMs,
    onLateness: (job, seconds) => telemetry.jobLateness.observe({ job }, seconds),
  });

  const telemetry = new Telemetry();
  const web = express();
  web.disable('x-powered-by');
  web.use(requestLogging(log));
  // Bolt refuses requests signed more than 5 minutes ago; one dated ahead is refused here.
  web.use('/slack', rejectFutureSlackRequests);
  // The outbox retries a failed send later: the client itself retries briefly (not its default
  // ~30 minutes, which held requests and leases), gives up after 10 s per call, and reports a
  // 429 at once with its Retry-After, which the outbox obeys.
  const clientOptions = {
    slackApiUrl,
    fetch: telemetry.slackFetch(),
    retryConfig: options.slackRetries ?? { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 4000 },
    timeout: 10_000,
    rejectRateLimitedCalls: true,
  };
  // Its own client without retries: a check says within seconds what is wrong.
  const workspace = new WorkspaceCheck(
    new WebClient(slackMode.botToken, { ...clientOptions, retryConfig: { retries: 0 }, timeout: 5_000 }),
    policy,
    log,
  );
  const started = await workspace.check();
  const logger = slackLogger(log);
  // Bolt would call auth.test itself at once and crash on a bad token (an unhandled rejection);
  // given the ids from the check above it calls nothing, and without them it asks per request,
  // so a token that works later (Slack was down at start) starts working then.
  const boltIds = {
    tokenVerificationEnabled: false,
    ...(started.botId && started.botUserId ? { botId: started.botId, botUserId: started.botUserId } : {}),
  };
  const bolt =
    slackMode.kind === 'socket'
      ? new App({
          token: slackMode.botToken,
          appToken: slackMode.appToken,
          socketMode: true,
          clientOptions,
          ...boltIds,
          logger,
          extendedErrorHandler: true,
        })
      : new App({
          token: slackMode.botToken,
          receiver: new ExpressReceiver({
            signingSecret: slackMode.signingSecret,
            app: web,
            logger,
            // When the request arrived: a command's ack deadline counts from here (listeners/commands).
            customPropertiesExtractor: () => ({ receivedAt: Date.now() }),
          }),
          clientOptions,
          ...boltIds,
          logger,
          extendedErrorHandler: true,
        });

  const deps: Deps = {
    config,
    db: database.connection,
    directory,
    jobs,
    slack: bolt.client,
    clock,
    log,
  };
  if (sandbox && clock instanceof ManualClock) web.use('/sandbox', sandboxRouter(deps, sandbox, clock));
  const inbox = config.imap ? new InboxReader(deps, config.imap, options.inbox) : undefined;
  const socket = new SocketState();
  web.get(
    '/healthz',
    healthCheck(database.connection, jobs, { workspace, socket, mode: config.slack.kind }, inbox),
  );
  registerStateGauges(telemetry, database.connection, clock, inbox);
  web.get('/metrics', metricsRoute(telemetry));
  web.use('/api', apiRouter(deps));
  bolt.use(telemetry.boltMiddleware);
  registerListeners(bolt, deps, { answerInAckMs: options.answerInAckMs });
  await defineJobs(deps);
  await jobs.start();
  await scheduleJobs(deps);
  inbox?.start();

  const server: Server = createServer(web);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // The sandbox is an unauthenticated Slack stand-in: reachable from this machine only.
    server.listen(config.port, sandbox ? '127.0.0.1' : '0.0.0.0', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  log.info({ url, slack: config.slack.kind, policy: config.policyFile }, 'app started');
  sandbox?.connect(url);
  // HTTP and /healthz are up first; Socket Mode connects (and reconnects) behind them.
  if (slackMode.kind === 'socket') socket.connect(() => bolt.start(), log);

  return {
    url,
    deps,
    inbox,
    stop: async () => {
      // Stop reading mail and taking requests, let running jobs finish, then close the database.
      await inbox?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await jobs.shutdown();
      await settleSends(deps);
      if (socket.state !== 'off') await bolt.stop().catch(() => undefined);
      await database.close();
      await embedded?.stop();
      await sandbox?.slack.stop();
    },
  };
}
