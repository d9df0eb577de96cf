import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { loadPolicyFile } from '../../src/policy/load.js';
import { slackUsersOf } from '../../src/sandbox/server.js';
import { SlackEmulator } from '../../src/sandbox/slack-emulator.js';
import { manifestScopes } from '../../src/sandbox/slack-scopes.js';
import { SlackRequests } from '../../src/sandbox/slack-signing.js';
import { BOT_TOKEN, SIGNING_SECRET } from './harness.js';
import { waitUntil } from './wait.js';

/** The policy the fault suite's app runs with (the example team, as the sandbox). */
export const CHILD_POLICY = 'examples/policy.yaml';

/**
 * The app as production runs it (`node src/main.ts`), in a child process the fault suite can
 * kill -9 and start again on the same database and port, pointed at the emulated Slack.
 */
export class ChildApp {
  private static running = new Set<ChildApp>();
  private child: ChildProcess | undefined;
  readonly requests: SlackRequests;

  private constructor(
    readonly slack: SlackEmulator,
    readonly db: string,
    readonly port: number,
    readonly env: Record<string, string>,
  ) {
    this.requests = new SlackRequests(`http://127.0.0.1:${port}`, SIGNING_SECRET, slack);
  }

  /** `env`: more of the app's variables (the shared inbox's IMAP_*). */
  static async on(slack: SlackEmulator, db: string, env: Record<string, string> = {}): Promise<ChildApp> {
    return new ChildApp(slack, db, await freePort(), env);
  }

  /** Starts it and resolves once it serves HTTP. */
  async start(): Promise<void> {
    ChildApp.running.add(this);
    this.child = spawn('node', ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(this.port),
        MONGODB_URI: this.db,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: this.slack.apiUrl,
        POLICY_FILE: CHILD_POLICY,
        LOG_LEVEL: 'silent',
        JOBS_POLL_INTERVAL: '500ms',
        RECOVER_AFTER: '2s',
        ...this.env,
      },
      stdio: 'ignore',
    });
    await waitUntil(
      () =>
        fetch(`http://127.0.0.1:${this.port}/healthz`).then(
          () => true,
          () => false,
        ),
      60_000,
    );
  }

  /** kill -9: no shutdown, no flush, mid-write wherever it was. */
  kill(): void {
    this.child?.kill('SIGKILL');
  }

  /** Every child app a test file started (its afterAll). */
  static killAll(): void {
    for (const app of ChildApp.running) app.kill();
    ChildApp.running.clear();
  }

  /** `/claim …` typed by `user`; resolves to its answer through the response_url. */
  async command(user: string, command: string, text = '') {
    const res = await this.requests.command(user, command, text);
    if (res.status !== 200) throw new Error(`${command} ${text} answered HTTP ${res.status}`);
    return this.slack.waitForCall('response_url', (c) => c.args.responseUrl === res.responseUrl);
  }
}

/** The emulated Slack with the example team, granting exactly the manifest's scopes. */
export function startFaultSlack(): Promise<SlackEmulator> {
  return new SlackEmulator(BOT_TOKEN, slackUsersOf(loadPolicyFile(CHILD_POLICY)))
    .grantOnly(manifestScopes())
    .start();
}

/** After a fault test file: its child apps killed, the emulation stopped. */
export async function stopFaultSlack(slack: SlackEmulator): Promise<void> {
  ChildApp.killAll();
  await slack.stop();
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

/** A small deterministic generator (mulberry32): the same seed, the same burst and kill point. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const faultSeeds = () => (process.env.FAULT_SEEDS ?? '7,23,61').split(',').map(Number);
