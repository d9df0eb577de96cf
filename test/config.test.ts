import { spawn, spawnSync } from 'node:child_process';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { databaseUri } from './support/harness.js';
import { waitUntil } from './support/wait.js';

const valid = {
  SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
  SLACK_SIGNING_SECRET: '0123456789abcdef0123',
};

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration from the environment', () => {
  test('when only the Slack HTTP credentials are set, then defaults fill the rest', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      slack: { kind: 'http', botToken: 'xoxb-1-2-abc' },
      slackApiUrl: 'https://slack.com/api/',
      port: 3000,
      policyFile: 'examples/policy.yaml',
      mongodbUri: undefined,
    });
  });

  test('when SLACK_APP_TOKEN is set, then the app runs in Socket Mode without a signing secret', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A-b' });
    expect(config.slack.kind).toBe('socket');
  });

  test('when values are bad, then there is one line per problem naming the variable', () => {
    const problems = problemsOf({
      ...valid,
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      PORT: 'eighty',
      MONGODB_URI: 'postgres://x',
      SLACK_API_URL: 'not a url',
      LOG_LEVEL: 'loud',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'LOG_LEVEL',
      'MONGODB_URI',
      'PORT',
      'SLACK_API_URL',
      'SLACK_BOT_TOKEN',
    ]);
    expect(problems.find((p) => p.startsWith('SLACK_BOT_TOKEN'))).toContain('xoxb-');
  });

  test('when one Slack credential is set without the other, then the missing one says where to find it', () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: 'abcdefabcdefabcdef12' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: missing: .*OAuth & Permissions/),
    ]);
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' })).toEqual([
      expect.stringMatching(/^SLACK_SIGNING_SECRET: missing: .*Basic Information/),
    ]);
  });

  test('when no Slack variable is set at all, then the app runs the local sandbox', () => {
    expect(loadConfig({}).slack).toEqual({ kind: 'sandbox' });
  });

  test('when a variable is set to the empty string, then it counts as unset and the default applies', () => {
    expect(loadConfig({ ...valid, PORT: '', SLACK_API_URL: '' }).port).toBe(3000);
  });

  test('when SLACK_API_URL lacks the trailing slash, then it is added (the Web API client appends method names)', () => {
    expect(loadConfig({ ...valid, SLACK_API_URL: 'http://127.0.0.1:9999/api' }).slackApiUrl).toBe(
      'http://127.0.0.1:9999/api/',
    );
  });

  test('when JOBS_POLL_INTERVAL is set, then it is read as a duration; a bad one is named with an example', () => {
    expect(loadConfig(valid).jobsPollMs).toBe(5_000);
    expect(loadConfig({ ...valid, JOBS_POLL_INTERVAL: '500ms' }).jobsPollMs).toBe(500);
    expect(loadConfig({ ...valid, JOBS_POLL_INTERVAL: '2s' }).jobsPollMs).toBe(2_000);
    expect(problemsOf({ ...valid, JOBS_POLL_INTERVAL: '10' })).toEqual([
      'JOBS_POLL_INTERVAL: must be a duration such as 5s or 500ms',
    ]);
    expect(problemsOf({ ...valid, JOBS_POLL_INTERVAL: '5ms' })).toEqual([
      'JOBS_POLL_INTERVAL: must be between 100ms and 60s',
    ]);
  });

  test('when RECOVER_AFTER is set, then it is read as a duration; out of range is named', () => {
    expect(loadConfig(valid).recoverAfterMs).toBe(60_000);
    expect(loadConfig({ ...valid, RECOVER_AFTER: '5s' }).recoverAfterMs).toBe(5_000);
    expect(problemsOf({ ...valid, RECOVER_AFTER: '1h' })).toEqual([
      'RECOVER_AFTER: must be a duration such as 60s',
    ]);
    expect(problemsOf({ ...valid, RECOVER_AFTER: '900s' })).toEqual([
      'RECOVER_AFTER: must be between 1s and 600s',
    ]);
  });

  test('when POLICY_FILE names a missing file, then that is the problem reported', () => {
    expect(problemsOf({ ...valid, POLICY_FILE: 'nope.yaml' })).toEqual(['POLICY_FILE: no file at nope.yaml']);
  });
});

describe('starting without Slack tokens', () => {
  test('when `main` starts with half the Slack credentials, then it prints what to set and exits 1 without a stack trace', () => {
    const run = spawnSync('node', ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, SLACK_SIGNING_SECRET: 'abcdefabcdefabcdef12' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SLACK_BOT_TOKEN: missing');
    expect(run.stderr).toContain('.env.example');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('when `main` starts with no Slack variables at all, then it serves the local sandbox and prints its URL', async () => {
    const child = spawn('node', ['--import', 'tsx', 'src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: '0',
        LOG_LEVEL: 'silent',
        MONGODB_URI: databaseUri('main_sandbox'),
      },
    });
    try {
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      await waitUntil(() => /Open http:\/\/localhost:\d+\/sandbox/.test(out), 60_000);
      const url = /(http:\/\/localhost:\d+\/sandbox)/.exec(out)?.[1] as string;
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('ClaimDesk');
      const members = (await (await fetch(`${url}/api/members`)).json()) as { id: string }[];
      expect(members.length).toBeGreaterThan(3);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }, 90_000);
});
