import { MongoClient, MongoNetworkError, MongoServerSelectionError } from 'mongodb';
import { type RunningApp, startApp } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import type { Config } from '../../src/config.js';
import type { Log } from '../../src/log.js';
import type { InboxOptions } from '../../src/mail/inbox.js';
import type { Policy } from '../../src/policy/schema.js';
import { slackUsersOf } from '../../src/sandbox/server.js';
import { type RecordedCall, SlackEmulator } from '../../src/sandbox/slack-emulator.js';
import { manifestScopes } from '../../src/sandbox/slack-scopes.js';
import { SlackRequests } from '../../src/sandbox/slack-signing.js';
import { testPolicy } from './policy.js';

export const BOT_TOKEN = 'xoxb-test-bot-token';
export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const API_TOKEN = 'test-api-token-0123456789abcdef';

/** The test server's URI with a database of our own, so test files never see each other's data. */
export function databaseUri(name: string): string {
  const base = process.env.MONGODB_URI;
  if (!base)
    throw new Error('MONGODB_URI is not set: run the tests with npm test (scripts/test-infra.ts sets it)');
  const [hostPart, query] = base.split('?') as [string, string | undefined];
  const root = hostPart.replace(/^(mongodb(?:\+srv)?:\/\/[^/]+)\/?.*$/, '$1');
  const db = `app_${name}_${process.pid}_${Date.now().toString(36)}`.replace(/[^A-Za-z0-9_]/g, '_');
  return `${root}/${db}${query ? `?${query}` : ''}`;
}

/**
 * Drops a test's database once nothing uses it. Dropped under a running app, the database was
 * written again by the app's own shutdown (Agenda unlocking its jobs), and FerretDB on SQLite died
 * of a bus error in that drop-and-create-again (three CI runs in sixty). Should it die anyway,
 * test-infra restarts it and the drop, which is idempotent, is sent again.
 */
export async function dropTestDatabase(uri: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 30_000 });
    try {
      await client.connect();
      await client.db().dropDatabase();
      return;
    } catch (e) {
      const lostServer = e instanceof MongoNetworkError || e instanceof MongoServerSelectionError;
      if (!lostServer || attempt >= 3) throw e;
    } finally {
      await client.close();
    }
  }
}

/** POSTs JSON to the app's `/api` as a sequencer or CRM would: with the bearer token. */
export const postApi = (t: TestApp, path: string, body: unknown) =>
  fetch(`${t.app.url}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_TOKEN}` },
    body: JSON.stringify(body),
  });

export interface TestApp {
  app: RunningApp;
  slack: SlackEmulator;
  requests: SlackRequests;
  policy: Policy;
  /** Sends a slash command and resolves with its answer (commands answer after the ack). */
  command(user: string, command: string, text?: string): Promise<RecordedCall>;
  /** Stops the app; `keepData` leaves the database for a second app (restart tests). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** The real app (Bolt HTTP receiver, real database, real Agenda) talking to the emulated Slack. */
export async function startTestApp(
  name: string,
  options: {
    policy?: Policy;
    config?: Partial<Config>;
    clock?: Clock;
    inbox?: InboxOptions;
    processEvery?: number;
    monitorCommands?: boolean;
    /** 0: every slash command takes the slow path (acked empty, answered through response_url). */
    answerInAckMs?: number;
    log?: Log;
    /** Sets up the emulated workspace before the app starts (e.g. a channel the bot is not in). */
    workspace?: (slack: SlackEmulator) => void;
  } = {},
): Promise<TestApp> {
  const policy = options.policy ?? testPolicy();
  const slack = await new SlackEmulator(BOT_TOKEN, slackUsersOf(policy)).grantOnly(manifestScopes()).start();
  options.workspace?.(slack);
  const config: Config = {
    mongodbUri: databaseUri(name),
    slack: { kind: 'http', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET },
    slackApiUrl: slack.apiUrl,
    port: 0,
    policyFile: 'examples/policy.yaml',
    apiToken: API_TOKEN,
    logLevel: 'silent',
    ...options.config,
  };
  const app = await startApp(config, {
    policy,
    clock: options.clock,
    inbox: options.inbox,
    processEvery: options.processEvery ?? 200,
    monitorCommands: options.monitorCommands,
    answerInAckMs: options.answerInAckMs,
    log: options.log,
    slackRetries: { retries: 3, factor: 1, minTimeout: 10, maxTimeout: 50 },
  });
  const requests = new SlackRequests(app.url, SIGNING_SECRET, slack);
  return {
    app,
    slack,
    requests,
    policy,
    command: async (user, command, text = '') => {
      const res = await requests.command(user, command, text);
      if (res.status !== 200) throw new Error(`${command} ${text} answered HTTP ${res.status}`);
      // The answer to this very command: a late answer to an earlier one is not it.
      return slack.waitForCall('response_url', (c) => c.args.responseUrl === res.responseUrl);
    },
    stop: async ({ keepData = false } = {}) => {
      await app.stop();
      await slack.stop();
      if (!keepData && config.mongodbUri) await dropTestDatabase(config.mongodbUri);
    },
  };
}
