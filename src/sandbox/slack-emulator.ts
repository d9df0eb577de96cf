import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import express, { type Request, type Response } from 'express';
import { blockProblems, limits, viewProblems } from './slack-limits.js';

/**
 * A local stand-in for Slack's Web API (https://slack.com/api/METHOD) and for response_url.
 * It answers like Slack ({ok:false,error}), rejects what Slack rejects, records every call,
 * and keeps the conversations so tests and the sandbox page can read them back.
 */

type Args = Record<string, unknown>;

export interface EmulatedUser {
  id: string;
  name: string;
  email?: string;
  tz?: string;
}

export interface RecordedCall {
  method: string;
  args: Args;
  ok: boolean;
  error?: string;
  problems?: string[];
  /** When the call arrived (performance.now(), ms): benchmarks time answers by it. */
  at?: number;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks?: unknown[];
  /** Set for ephemeral messages: the only person who sees it. */
  visibleTo?: string;
  via: 'api' | 'response_url';
}

export interface Fault {
  status: 429 | 500;
  retryAfterSeconds?: number;
}

const parseJsonFields = (args: Args) => {
  for (const key of ['blocks', 'view', 'attachments', 'metadata']) {
    if (typeof args[key] === 'string') {
      try {
        args[key] = JSON.parse(args[key] as string);
      } catch {
        args[key] = Symbol.for('invalid-json');
      }
    }
  }
  return args;
};

/** A user as users.info and users.lookupByEmail return one. */
const slackUser = (u: EmulatedUser) => ({
  id: u.id,
  name: u.name,
  real_name: u.name,
  tz: u.tz,
  profile: { email: u.email },
});

export class SlackEmulator extends EventEmitter {
  readonly calls: RecordedCall[] = [];
  readonly messages: PostedMessage[] = [];
  readonly views = new Map<string, Args>();
  readonly homes = new Map<string, Args>();
  private readonly users: Map<string, EmulatedUser>;
  private readonly usedTriggers = new Set<string>();
  private readonly triggerUsers = new Map<string, string>();
  private readonly viewOwners = new Map<string, string>();
  private faults: Fault[] = [];
  private seq = 0;
  private server?: Server;
  url = '';

  constructor(
    readonly botToken: string,
    users: EmulatedUser[],
    readonly team = { id: 'T0SANDBOX', domain: 'sandbox' },
    readonly bot = { userId: 'U0BOT', botId: 'B0BOT' },
  ) {
    super();
    this.users = new Map(users.map((u) => [u.id, u]));
  }

  /** Base URL for SLACK_API_URL (ends with /api/). */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  async start(port = 0): Promise<this> {
    const web = express();
    web.use(express.urlencoded({ extended: false, limit: '5mb' }), express.json({ limit: '5mb' }));
    web.post('/api/:method', (req, res) => this.handleApi(req, res));
    web.post('/response/:token', (req, res) => this.handleResponseUrl(req, res));
    this.server = createServer(web);
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
  }

  /** The next `count` Web API calls fail with HTTP 429 (Retry-After) or 500, as Slack does under load. */
  failNext(count: number, fault: Fault): void {
    for (let i = 0; i < count; i++) this.faults.push(fault);
  }

  /** A response_url for a command or action from `user` in `channel` (optionally for one message). */
  responseUrl(channel: string, user: string, messageTs?: string): string {
    // `n` makes each request's URL its own, so a test can wait for the answer to *its* request.
    const n = ++this.seq;
    const token = Buffer.from(JSON.stringify({ channel, user, messageTs, n })).toString('base64url');
    return `${this.url}/response/${token}`;
  }

  /** A trigger for an interaction by `user`: a modal opened with it belongs to them. */
  newTriggerId(user?: string): string {
    const trigger = `${Date.now()}.${++this.seq}.trigger`;
    if (user) this.triggerUsers.set(trigger, user);
    return trigger;
  }

  /** The modals `user` has open, oldest first (the local sandbox shows the newest). */
  viewsOf(user: string): Args[] {
    return [...this.views.entries()].filter(([id]) => this.viewOwners.get(id) === user).map(([, v]) => v);
  }

  /** The user closed the modal, or the app answered its submission without errors. */
  closeView(id: string): void {
    this.views.delete(id);
    this.viewOwners.delete(id);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first recorded call that matches (already made or still to come). */
  waitForCall(
    method: string,
    match: (c: RecordedCall) => boolean = () => true,
    // Bounds a failing wait only; a busy machine is slow, not wrong.
    timeoutMs = 20_000,
  ): Promise<RecordedCall> {
    const found = this.calls.find((c) => c.method === method && match(c));
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('call', listener);
        reject(
          new Error(
            `no ${method} call matched within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`,
          ),
        );
      }, timeoutMs);
      const listener = (c: RecordedCall) => {
        if (c.method !== method || !match(c)) return;
        clearTimeout(timer);
        this.off('call', listener);
        resolve(c);
      };
      this.on('call', listener);
    });
  }

  /** Messages in a channel or DM as `viewer` sees them (ephemerals of others hidden). */
  conversation(channel: string, viewer?: string): PostedMessage[] {
    return this.messages.filter((m) => m.channel === channel && (!m.visibleTo || m.visibleTo === viewer));
  }

  dmChannel(user: string): string {
    return `D${user}`;
  }

  private record(call: RecordedCall): void {
    call.at = performance.now();
    this.calls.push(call);
    this.emit('call', call);
  }

  private nextTs(): string {
    const now = Date.now();
    return `${Math.floor(now / 1000)}.${String(++this.seq).padStart(6, '0')}`;
  }

  private handleApi(req: Request, res: Response): void {
    const method = String(req.params.method);
    const args = parseJsonFields({ ...(req.body as Args) });
    const fault = this.faults.shift();
    if (fault) {
      this.record({ method, args, ok: false, error: `http_${fault.status}` });
      if (fault.status === 429) res.setHeader('Retry-After', String(fault.retryAfterSeconds ?? 1));
      res
        .status(fault.status)
        .json({ ok: false, error: fault.status === 429 ? 'ratelimited' : 'internal_error' });
      return;
    }
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? (args.token as string | undefined);
    delete args.token;
    const answer =
      token === this.botToken
        ? this.dispatch(method, args)
        : { ok: false, error: token ? 'invalid_auth' : 'not_authed' };
    const { problems, ...body } = answer as Args & { problems?: string[] };
    this.record({ method, args, ok: body.ok === true, error: body.error as string | undefined, problems });
    res.json(
      problems ? { ...body, response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) } } : body,
    );
  }

  private dispatch(method: string, args: Args): Args {
    const handler = this.methods[method];
    return handler ? handler(args) : { ok: false, error: 'unknown_method' };
  }

  private messageProblems(args: Args): Args | undefined {
    if (args.blocks === Symbol.for('invalid-json')) return { ok: false, error: 'invalid_blocks_format' };
    const problems = blockProblems(args.blocks, limits.messageBlocks);
    if (problems.length > 0) return { ok: false, error: 'invalid_blocks', problems };
    const text = typeof args.text === 'string' ? args.text : '';
    if (!text && !args.blocks) return { ok: false, error: 'no_text' };
    if (text.length > limits.messageText) return { ok: false, error: 'msg_too_long' };
    return undefined;
  }

  private channelFor(channel: unknown): string | undefined {
    if (typeof channel !== 'string' || !channel) return undefined;
    // Posting to a user id opens (or reuses) the DM with that user, as Slack does.
    if (this.users.has(channel)) return this.dmChannel(channel);
    return channel;
  }

  private viewCall(args: Args, kind: 'open' | 'push' | 'update' | 'publish'): Args {
    if (args.view === Symbol.for('invalid-json')) return { ok: false, error: 'invalid_arguments' };
    if (kind === 'open' || kind === 'push') {
      const trigger = args.trigger_id;
      if (typeof trigger !== 'string' || !trigger) return { ok: false, error: 'invalid_trigger_id' };
      if (this.usedTriggers.has(trigger)) return { ok: false, error: 'trigger_exchanged' };
      this.usedTriggers.add(trigger);
    }
    const problems = viewProblems(args.view);
    if (problems.length > 0) return { ok: false, error: 'invalid_arguments', problems };
    if (kind === 'publish') {
      if (typeof args.user_id !== 'string' || !this.users.has(args.user_id))
        return { ok: false, error: 'user_not_found' };
      const view = { ...(args.view as Args), id: `VHOME${args.user_id}` };
      this.homes.set(args.user_id, view);
      return { ok: true, view };
    }
    if (kind === 'update') {
      const id =
        (args.view_id as string) ??
        [...this.views.entries()].find(([, v]) => v.external_id === args.external_id)?.[0];
      if (!id || !this.views.has(id)) return { ok: false, error: 'not_found' };
      const view = { ...(args.view as Args), id };
      this.views.set(id, view);
      return { ok: true, view };
    }
    const id = `V${String(++this.seq).padStart(8, '0')}`;
    const view = { ...(args.view as Args), id };
    this.views.set(id, view);
    const owner = this.triggerUsers.get(args.trigger_id as string);
    if (owner) this.viewOwners.set(id, owner);
    return { ok: true, view };
  }

  private readonly methods: Record<string, (args: Args) => Args> = {
    'auth.test': () => ({
      ok: true,
      url: `https://${this.team.domain}.slack.com/`,
      team: 'Sandbox',
      team_id: this.team.id,
      user: 'claimdesk',
      user_id: this.bot.userId,
      bot_id: this.bot.botId,
    }),
    'chat.postMessage': (args) => {
      const channel = this.channelFor(args.channel);
      if (!channel) return { ok: false, error: 'channel_not_found' };
      const bad = this.messageProblems(args);
      if (bad) return bad;
      const message: PostedMessage = {
        channel,
        ts: this.nextTs(),
        thread_ts: args.thread_ts as string | undefined,
        text: String(args.text ?? ''),
        blocks: args.blocks as unknown[] | undefined,
        via: 'api',
      };
      this.messages.push(message);
      return { ok: true, channel, ts: message.ts, message: { ...message, bot_id: this.bot.botId } };
    },
    'chat.postEphemeral': (args) => {
      const channel = this.channelFor(args.channel);
      if (!channel) return { ok: false, error: 'channel_not_found' };
      if (typeof args.user !== 'string' || !this.users.has(args.user))
        return { ok: false, error: 'user_not_in_channel' };
      const bad = this.messageProblems(args);
      if (bad) return bad;
      const ts = this.nextTs();
      this.messages.push({
        channel,
        ts,
        text: String(args.text ?? ''),
        blocks: args.blocks as unknown[],
        visibleTo: args.user,
        via: 'api',
      });
      return { ok: true, message_ts: ts };
    },
    'chat.update': (args) => {
      const message = this.messages.find(
        (m) => m.channel === this.channelFor(args.channel) && m.ts === args.ts && !m.visibleTo,
      );
      if (!message) return { ok: false, error: 'message_not_found' };
      const bad = this.messageProblems(args);
      if (bad) return bad;
      message.text = String(args.text ?? '');
      message.blocks = args.blocks as unknown[] | undefined;
      return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
    },
    'chat.delete': (args) => {
      const i = this.messages.findIndex(
        (m) => m.channel === this.channelFor(args.channel) && m.ts === args.ts,
      );
      if (i < 0) return { ok: false, error: 'message_not_found' };
      this.messages.splice(i, 1);
      return { ok: true, channel: args.channel, ts: args.ts };
    },
    'conversations.open': (args) => {
      const users = String(args.users ?? '')
        .split(',')
        .filter(Boolean);
      if (users.length === 0) return { ok: false, error: 'users_list_not_supplied' };
      const unknown = users.find((u) => !this.users.has(u));
      if (unknown) return { ok: false, error: 'user_not_found' };
      const id = users.length === 1 ? this.dmChannel(users[0] as string) : `G${users.sort().join('')}`;
      return { ok: true, channel: { id } };
    },
    'users.info': (args) => {
      const user = this.users.get(String(args.user));
      return user ? { ok: true, user: slackUser(user) } : { ok: false, error: 'user_not_found' };
    },
    'users.lookupByEmail': (args) => {
      const email = String(args.email ?? '').toLowerCase();
      const user = [...this.users.values()].find((u) => u.email?.toLowerCase() === email);
      return user ? { ok: true, user: slackUser(user) } : { ok: false, error: 'users_not_found' };
    },
    'views.open': (args) => this.viewCall(args, 'open'),
    'views.push': (args) => this.viewCall(args, 'push'),
    'views.update': (args) => this.viewCall(args, 'update'),
    'views.publish': (args) => this.viewCall(args, 'publish'),
  };

  private handleResponseUrl(req: Request, res: Response): void {
    let target: { channel: string; user: string; messageTs?: string; n?: number };
    try {
      target = JSON.parse(Buffer.from(String(req.params.token), 'base64url').toString('utf8'));
    } catch {
      res.status(404).send('no such response_url');
      return;
    }
    const args = parseJsonFields({ ...(req.body as Args) });
    const bad = args.delete_original ? undefined : this.messageProblems(args);
    this.record({
      method: 'response_url',
      args: { ...args, ...target, responseUrl: `${this.url}/response/${req.params.token}` },
      ok: !bad,
      error: bad?.error as string | undefined,
    });
    if (bad) {
      res.status(400).json(bad);
      return;
    }
    const original =
      target.messageTs &&
      this.messages.find((m) => m.channel === target.channel && m.ts === target.messageTs);
    if (original && args.delete_original) this.messages.splice(this.messages.indexOf(original), 1);
    else if (original && args.replace_original !== false && args.replace_original !== undefined) {
      original.text = String(args.text ?? '');
      original.blocks = args.blocks as unknown[] | undefined;
    } else {
      const inChannel = args.response_type === 'in_channel';
      this.messages.push({
        channel: target.channel,
        ts: this.nextTs(),
        text: String(args.text ?? ''),
        blocks: args.blocks as unknown[] | undefined,
        visibleTo: inChannel ? undefined : target.user,
        via: 'response_url',
      });
    }
    res.json({ ok: true });
  }
}
