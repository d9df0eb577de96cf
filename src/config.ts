import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './errors.js';

// Empty values in a .env file mean "not set", not "set to the empty string".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** A duration such as `5s` or `500ms`, read as milliseconds within `range`. */
function duration(fallback: string, shape: string, range: [number, number], rangeText: string) {
  return z.preprocess(
    (v) => (v === '' || v === undefined ? fallback : v),
    z
      .string()
      .regex(/^\d+(ms|s)$/, shape)
      .transform((v) => (v.endsWith('ms') ? Number(v.slice(0, -2)) : Number(v.slice(0, -1)) * 1000))
      .refine((ms) => ms >= range[0] && ms <= range[1], `must be between ${rangeText}`),
  );
}

const schema = z.object({
  MONGODB_URI: optional(
    z.string().regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must look like mongodb://host:27017/claimdesk'),
  ),
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-\S+$/, 'must be a bot token starting with xoxb-')),
  SLACK_SIGNING_SECRET: optional(
    z.string().min(16, 'looks too short; copy it from Basic Information → App Credentials'),
  ),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-\S+$/, 'must be an app-level token starting with xapp-')),
  SLACK_API_URL: z.preprocess(
    (v) => (v === '' || v === undefined ? 'https://slack.com/api/' : v),
    z.url('must be a URL such as https://slack.com/api/').transform((u) => (u.endsWith('/') ? u : `${u}/`)),
  ),
  PORT: z.preprocess(
    (v) => (v === '' || v === undefined ? 3000 : v),
    z.coerce.number().int().min(0).max(65535),
  ),
  POLICY_FILE: optional(z.string()),
  API_TOKEN: optional(z.string().min(16, 'must be at least 16 characters (try: openssl rand -hex 24)')),
  SEQUENCE_WEBHOOK_URL: optional(
    z.url('must be a URL such as https://sequencer.example.com/hooks/claimdesk'),
  ),
  SEQUENCE_WEBHOOK_SECRET: optional(z.string().min(16, 'must be at least 16 characters')),
  IMAP_HOST: optional(z.string().min(1)),
  IMAP_PORT: z.preprocess(
    (v) => (v === '' || v === undefined ? 993 : v),
    z.coerce.number().int().min(1).max(65535),
  ),
  IMAP_SECURE: z.preprocess(
    (v) => (v === '' || v === undefined ? 'true' : v),
    z.enum(['true', 'false'], 'must be true (TLS, port 993) or false (port 143)'),
  ),
  IMAP_USER: optional(z.string().min(1)),
  IMAP_PASSWORD: optional(z.string().min(1)),
  IMAP_MAILBOX: z.preprocess((v) => (v === '' || v === undefined ? 'INBOX' : v), z.string()),
  JOBS_POLL_INTERVAL: duration(
    '5s',
    'must be a duration such as 5s or 500ms',
    [100, 60_000],
    '100ms and 60s',
  ),
  RECOVER_AFTER: duration('60s', 'must be a duration such as 60s', [1000, 600_000], '1s and 600s'),
  LOG_LEVEL: z.preprocess(
    (v) => (v === '' || v === undefined ? 'info' : v),
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  ),
});

type Env = z.infer<typeof schema>;

export type SlackMode =
  | { kind: 'http'; botToken: string; signingSecret: string }
  | { kind: 'socket'; botToken: string; appToken: string; signingSecret?: string }
  /** No Slack variables at all: the local sandbox (README → "Try it without Slack"). */
  | { kind: 'sandbox' };

export interface Config {
  mongodbUri?: string;
  slack: SlackMode;
  slackApiUrl: string;
  port: number;
  policyFile: string;
  apiToken?: string;
  /** Where "Pause my sequence" is sent, signed with HMAC-SHA256 (optional). */
  sequenceWebhook?: { url: string; secret: string };
  /** The shared inbox replies are read from (optional: without it no replies are read). */
  imap?: ImapConfig;
  logLevel: Env['LOG_LEVEL'];
  /** How often the job runner looks for due jobs (timeboxes, SLA checks), in ms. */
  jobsPollMs?: number;
  /**
   * Work unfinished this long after it began was cut short (a crash): a command acked and not
   * answered gets "run it again", a half-done change is finished by the sweep.
   */
  recoverAfterMs?: number;
}

export interface ImapConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  mailbox: string;
}

/** Where to set each Slack variable, shown when it is missing: the fix, not a stack trace. */
const slackHelp = {
  SLACK_BOT_TOKEN: 'missing: the Bot User OAuth Token (xoxb-…) from your Slack app → OAuth & Permissions',
  SLACK_SIGNING_SECRET:
    'missing: the Signing Secret from your Slack app → Basic Information (or set SLACK_APP_TOKEN for Socket Mode)',
} as const;

/** Reads the environment; throws ConfigError with one line per problem, each naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const e = (parsed.success ? parsed.data : {}) as Partial<Env>;
  const noSlackAtAll = !e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN;
  if (parsed.success && !noSlackAtAll) {
    if (!e.SLACK_BOT_TOKEN) problems.push(`SLACK_BOT_TOKEN: ${slackHelp.SLACK_BOT_TOKEN}`);
    if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET)
      problems.push(`SLACK_SIGNING_SECRET: ${slackHelp.SLACK_SIGNING_SECRET}`);
  }
  const policyFile = e.POLICY_FILE ?? (existsSync('policy.yaml') ? 'policy.yaml' : 'examples/policy.yaml');
  if (e.POLICY_FILE && !existsSync(e.POLICY_FILE)) problems.push(`POLICY_FILE: no file at ${e.POLICY_FILE}`);
  if (e.SEQUENCE_WEBHOOK_URL && !e.SEQUENCE_WEBHOOK_SECRET) {
    problems.push(
      'SEQUENCE_WEBHOOK_SECRET: missing: set it when SEQUENCE_WEBHOOK_URL is set, so the sequencer can verify the signature',
    );
  }
  if (e.IMAP_HOST && (!e.IMAP_USER || !e.IMAP_PASSWORD)) {
    problems.push(
      `${e.IMAP_USER ? 'IMAP_PASSWORD' : 'IMAP_USER'}: missing: set IMAP_USER and IMAP_PASSWORD with IMAP_HOST (the shared inbox's login)`,
    );
  }
  if (problems.length > 0) throw new ConfigError('environment', problems);

  const env2 = e as Env & { SLACK_BOT_TOKEN: string };
  const slack: SlackMode = noSlackAtAll
    ? { kind: 'sandbox' }
    : env2.SLACK_APP_TOKEN
      ? {
          kind: 'socket',
          botToken: env2.SLACK_BOT_TOKEN,
          appToken: env2.SLACK_APP_TOKEN,
          signingSecret: env2.SLACK_SIGNING_SECRET,
        }
      : { kind: 'http', botToken: env2.SLACK_BOT_TOKEN, signingSecret: env2.SLACK_SIGNING_SECRET as string };
  return {
    mongodbUri: env2.MONGODB_URI,
    slack,
    slackApiUrl: env2.SLACK_API_URL,
    port: env2.PORT,
    policyFile,
    apiToken: env2.API_TOKEN,
    sequenceWebhook: env2.SEQUENCE_WEBHOOK_URL
      ? { url: env2.SEQUENCE_WEBHOOK_URL, secret: env2.SEQUENCE_WEBHOOK_SECRET as string }
      : undefined,
    imap: env2.IMAP_HOST
      ? {
          host: env2.IMAP_HOST,
          port: env2.IMAP_PORT,
          secure: env2.IMAP_SECURE === 'true',
          user: env2.IMAP_USER as string,
          password: env2.IMAP_PASSWORD as string,
          mailbox: env2.IMAP_MAILBOX,
        }
      : undefined,
    logLevel: env2.LOG_LEVEL,
    jobsPollMs: env2.JOBS_POLL_INTERVAL,
    recoverAfterMs: env2.RECOVER_AFTER,
  };
}
