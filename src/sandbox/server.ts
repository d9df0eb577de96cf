import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Router } from 'express';
import type { ManualClock } from '../clock.js';
import type { Deps } from '../deps.js';
import { sweepClaims } from '../jobs/claims-sweep.js';
import type { Policy } from '../policy/schema.js';
import { escalationModel } from '../store/escalations.js';
import { timeboxExpired } from '../usecases/escalation.js';
import { retryPending } from '../usecases/notify.js';
import { ingestMail } from '../usecases/replies.js';
import { checkReplySlas } from '../usecases/reply-sla.js';
import { SlackEmulator } from './slack-emulator.js';
import { manifestScopes } from './slack-scopes.js';
import { SlackRequests } from './slack-signing.js';

const PAGE_DIR = resolve('public/sandbox');
const SAMPLES_DIR = resolve('examples/replies');

/** The policy's members as Slack users (name, email, time zone), for the Web API emulation. */
export const slackUsersOf = (policy: Policy) =>
  policy.members.map((m) => ({
    id: m.slack,
    name: m.name,
    email: m.email,
    tz: m.timezone ?? policy.timezone,
  }));

/** Slack, played locally: the Web API emulation the tests use, and signed requests into the app. */
export interface SandboxSlack {
  slack: SlackEmulator;
  mode: { kind: 'http'; botToken: string; signingSecret: string };
  connect(appUrl: string): void;
  requests(): SlackRequests;
}

export async function startSandboxSlack(policy: Policy): Promise<SandboxSlack> {
  const botToken = 'xoxb-local-sandbox';
  const signingSecret = randomBytes(24).toString('hex');
  const slack = await new SlackEmulator(botToken, slackUsersOf(policy)).grantOnly(manifestScopes()).start();
  let requests: SlackRequests | undefined;
  return {
    slack,
    mode: { kind: 'http', botToken, signingSecret },
    connect: (appUrl) => {
      requests = new SlackRequests(appUrl, signingSecret, slack);
    },
    requests: () => {
      if (!requests) throw new Error('the sandbox is not connected to the app yet');
      return requests;
    },
  };
}

/** The sample replies a sandbox user can drop into the inbox. */
const samples = () =>
  existsSync(SAMPLES_DIR) ? readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.eml')) : [];

/**
 * The sandbox page's API. Everything it does goes through the app as Slack would: slash
 * commands, buttons and modal submissions are signed requests to /slack/events; the page only
 * reads what the app sent to the emulated Web API. Replies enter through the same ingestion
 * entry point the IMAP reader uses; the clock moves the app's time, then runs the due work.
 */
export function sandboxRouter(deps: Deps, sandbox: SandboxSlack, clock: ManualClock): Router {
  const router = express.Router();
  const { slack } = sandbox;
  const { policy } = deps.directory;
  router.use(express.json({ limit: '1mb' }));
  router.use(express.static(PAGE_DIR));

  const member = (id: unknown) => {
    const m = typeof id === 'string' ? deps.directory.member(id) : undefined;
    if (!m) throw new Error('pick a member to act as');
    return m;
  };
  const wrap =
    (fn: (req: express.Request, res: express.Response) => Promise<void>) =>
    (req: express.Request, res: express.Response) =>
      fn(req, res).catch((e: unknown) =>
        res.status(400).json({ error: e instanceof Error ? e.message : String(e) }),
      );

  const members = policy.members.map((m) => ({
    id: m.slack,
    name: m.name,
    roles: m.roles,
    tz: m.timezone ?? policy.timezone,
  }));
  router.get('/api/members', (_req, res) => {
    res.json(members);
  });

  router.get(
    '/api/state',
    wrap(async (req, res) => {
      const me = member(req.query.as);
      const channels = [
        { id: policy.channels.ops, name: 'revops' },
        { id: policy.channels.triage, name: 'reply-triage' },
        ...policy.teams.map((t) => ({ id: t.channel, name: `${t.id}-leads` })),
      ];
      const dms = [
        { id: slack.dmChannel(me.slack), name: 'ClaimDesk (DM)' },
        ...[...new Set(slack.messages.map((m) => m.channel))]
          .filter((c) => c.startsWith('G') && c.includes(me.slack))
          .map((c) => ({
            id: c,
            name: `group: ${policy.members
              .filter((m) => m.slack !== me.slack && c.includes(m.slack))
              .map((m) => m.name)
              .join(', ')}`,
          })),
      ];
      const visible = [...channels, ...dms].map((c) => c.id);
      res.json({
        me: { id: me.slack, name: me.name, roles: me.roles },
        members,
        now: clock.now().toISOString(),
        channels,
        dms,
        messages: Object.fromEntries(visible.map((c) => [c, slack.conversation(c, me.slack)])),
        modal: slack.viewsOf(me.slack).at(-1) ?? null,
        home: slack.homes.get(me.slack) ?? null,
        samples: samples(),
      });
    }),
  );

  router.post(
    '/api/command',
    wrap(async (req, res) => {
      const me = member(req.body.as);
      const text = String(req.body.text ?? '').trim();
      const match = /^(\/[a-z]+)\s*([\s\S]*)$/.exec(text);
      if (!match) {
        res.status(400).json({ error: 'Type a slash command, e.g. /claim acme.com' });
        return;
      }
      const channel = typeof req.body.channel === 'string' ? req.body.channel : slack.dmChannel(me.slack);
      const answer = await sandbox
        .requests()
        .command(me.slack, match[1] as string, match[2] as string, channel);
      res.status(answer.status === 200 ? 200 : 502).json({ status: answer.status, body: answer.body });
    }),
  );

  router.post(
    '/api/action',
    wrap(async (req, res) => {
      const me = member(req.body.as);
      const action = { action_id: String(req.body.action_id), value: req.body.value as string | undefined };
      const where = req.body.home
        ? { view: slack.homes.get(me.slack) ?? {} }
        : req.body.viewId
          ? { view: slack.views.get(String(req.body.viewId)) ?? {} }
          : {
              channel: String(req.body.channel),
              messageTs: String(req.body.ts),
              ephemeral: !!req.body.ephemeral,
            };
      const answer = await sandbox.requests().blockAction(me.slack, action, where as never);
      res.json({ status: answer.status });
    }),
  );

  router.post(
    '/api/submit',
    wrap(async (req, res) => {
      const me = member(req.body.as);
      const view = slack.views.get(String(req.body.viewId));
      if (!view) {
        res.status(404).json({ error: 'That form is closed.' });
        return;
      }
      const answer = await sandbox.requests().viewSubmission(me.slack, view, req.body.values ?? {});
      const body = answer.body
        ? (JSON.parse(answer.body) as { response_action?: string; errors?: unknown })
        : {};
      if (body.response_action === 'errors') {
        res.json({ errors: body.errors });
        return;
      }
      slack.closeView(String(req.body.viewId));
      res.json({ ok: answer.status === 200 });
    }),
  );

  router.post('/api/close', (req, res) => {
    slack.closeView(String(req.body.viewId));
    res.json({ ok: true });
  });

  router.post(
    '/api/home',
    wrap(async (req, res) => {
      const me = member(req.body.as);
      await sandbox
        .requests()
        .event({ type: 'app_home_opened', user: me.slack, tab: 'home', channel: slack.dmChannel(me.slack) });
      res.json({ ok: true });
    }),
  );

  router.post(
    '/api/reply',
    wrap(async (req, res) => {
      const name = String(req.body.sample ?? '');
      const raw =
        typeof req.body.raw === 'string' && req.body.raw.trim()
          ? req.body.raw
          : samples().includes(name)
            ? readFileSync(join(SAMPLES_DIR, name), 'utf8')
            : undefined;
      if (!raw) {
        res.status(400).json({ error: 'Pick a sample or paste a raw email.' });
        return;
      }
      // Each drop is a new mail: a fresh Message-ID, so the same sample can be dropped again.
      const fresh = raw.replace(
        /^Message-ID: <([^>]*)>/im,
        (_m: string, id: string) => `Message-ID: <${Date.now()}.${id}>`,
      );
      const result = await ingestMail(deps, Buffer.from(fresh), { mailbox: 'sandbox' });
      res.json(result.kind === 'stored' ? { kind: 'stored', id: result.reply._id } : result);
    }),
  );

  router.post(
    '/api/clock',
    wrap(async (req, res) => {
      const minutes = Number(req.body.minutes);
      if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 60 * 24 * 30) {
        res.status(400).json({ error: 'Advance by 1 minute to 30 days.' });
        return;
      }
      clock.advance(minutes * 60_000);
      res.json({ now: clock.now().toISOString(), ran: await runDueWork(deps) });
    }),
  );

  return router;
}

/**
 * After the sandbox clock jumps: the work Agenda would have done by now, through the same
 * job functions (timeboxes that ran out, the claims sweep, reply SLAs, the Slack outbox).
 */
async function runDueWork(deps: Deps): Promise<Record<string, number>> {
  const now = deps.clock.now();
  const due = await escalationModel(deps.db)
    .find({ state: { $in: ['rep', 'lead', 'ops'] }, dueAt: { $lte: now } })
    .lean();
  for (const e of due) await timeboxExpired(deps, e._id.toHexString(), e.state as 'rep' | 'lead' | 'ops');
  const swept = await sweepClaims(deps);
  const slas = await checkReplySlas(deps);
  const outbox = await retryPending(deps);
  return {
    timeboxes: due.length,
    lapsed: swept.lapsed,
    expired: swept.expired,
    slaMilestones: slas,
    resent: outbox.sent,
  };
}
