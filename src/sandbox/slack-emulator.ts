import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import express, { type Request, type Response } from 'express';
import { blockProblems, limits } from './slack-limits.js';
import { missingScope } from './slack-scopes.js';
import { ViewSurfaces } from './slack-views.js';

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
  /** Message metadata (`event_type`, `event_payload`), as chat.postMessage was given it. */
  metadata?: unknown;
}

export interface Fault {
  status: 429 | 500;
  retryAfterSeconds?: number;
  /** Only calls to this channel (a user id for a DM) fail; others pass. */
  channel?: string;
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
  /** Modals and Home tabs: what views.open/push/update/publish made, per person. */
  readonly surfaces: ViewSurfaces;
  private readonly users: Map<string, EmulatedUser>;
  private faults: Fault[] = [];
  private granted?: ReadonlySet<string>;
  /** Channels the bot has not been invited to: posts there fail with not_in_channel. */
  private readonly outside = new Set<string>();
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
    this.surfaces = new ViewSurfaces(this.users, () => `V${String(++this.seq).padStart(8, '0')}`);
  }

  get views(): Map<string, Args> {
    return this.surfaces.views;
  }

  get homes(): Map<string, Args> {
    return this.surfaces.homes;
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

  /** The token has these scopes only: a call needing another fails with missing_scope, as in Slack. */
  grantOnly(scopes: readonly string[]): this {
    this.granted = new Set(scopes);
    return this;
  }

  /** The bot is not (or no longer) a member of `channel`. */
  removeBotFrom(channel: string): void {
    this.outside.add(channel);
  }

  /** Someone typed /invite @ClaimDesk in `channel`. */
  inviteBotTo(channel: string): void {
    this.outside.delete(channel);
  }

  /**
   * The next `count` Web API calls (to `fault.channel` when set) fail with HTTP 429 (Retry-After)
   * or 500, as Slack does under load.
   */
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
    return this.surfaces.newTrigger(`${Date.now()}.${++this.seq}.trigger`, user);
  }

  /** The modals `user` has open, oldest first (the local sandbox shows the newest). */
  viewsOf(user: string): Args[] {
    return this.surfaces.of(user);
  }

  /** The user closed the modal, or the app answered its submission without errors. */
  closeView(id: string): void {
    this.surfaces.close(id);
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
    const at = this.faults.findIndex((f) => f.channel === undefined || f.channel === args.channel);
    const fault = at >= 0 ? this.faults.splice(at, 1)[0] : undefined;
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
    if (!handler) return { ok: false, error: 'unknown_method' };
    const needed = this.granted && missingScope(method, args, this.granted);
    if (needed)
      return { ok: false, error: 'missing_scope', needed, provided: [...(this.granted ?? [])].join(',') };
    return handler(args);
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

  private asHistory(m: PostedMessage, args: Args) {
    const { metadata, via: _via, channel: _channel, visibleTo: _v, ...rest } = m;
    return {
      type: 'message',
      bot_id: this.bot.botId,
      ...rest,
      ...(args.include_all_metadata ? { metadata } : {}),
    };
  }

  private channelFor(channel: unknown): string | undefined {
    if (typeof channel !== 'string' || !channel) return undefined;
    // Posting to a user id opens (or reuses) the DM with that user, as Slack does.
    if (this.users.has(channel)) return this.dmChannel(channel);
    return channel;
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
      if (this.outside.has(channel)) return { ok: false, error: 'not_in_channel' };
      const bad = this.messageProblems(args);
      if (bad) return bad;
      const message: PostedMessage = {
        channel,
        ts: this.nextTs(),
        thread_ts: args.thread_ts as string | undefined,
        text: String(args.text ?? ''),
        blocks: args.blocks as unknown[] | undefined,
        via: 'api',
        ...(args.metadata ? { metadata: args.metadata } : {}),
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
    'chat.getPermalink': (args) => {
      const channel = this.channelFor(args.channel);
      const message = this.messages.find((m) => m.channel === channel && m.ts === args.message_ts);
      if (!channel || !message) return { ok: false, error: 'message_not_found' };
      const ts = String(args.message_ts).replace('.', '');
      return {
        ok: true,
        channel,
        permalink: `https://${this.team.domain}.slack.com/archives/${channel}/p${ts}`,
      };
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
    // A channel's messages newest first (not thread replies), from `oldest` on; metadata only
    // with include_all_metadata, as Slack does.
    'conversations.history': (args) => {
      const channel = this.channelFor(args.channel);
      if (!channel) return { ok: false, error: 'channel_not_found' };
      const oldest = Number(args.oldest ?? 0);
      const found = this.messages
        .filter((m) => m.channel === channel && !m.thread_ts && !m.visibleTo && Number(m.ts) >= oldest)
        .reverse()
        .slice(0, Number(args.limit ?? 100));
      return { ok: true, messages: found.map((m) => this.asHistory(m, args)), has_more: false };
    },
    // A thread: its parent, then its replies, oldest first.
    'conversations.replies': (args) => {
      const channel = this.channelFor(args.channel);
      if (!channel) return { ok: false, error: 'channel_not_found' };
      const ts = String(args.ts ?? '');
      const found = this.messages.filter(
        (m) => m.channel === channel && !m.visibleTo && (m.ts === ts || m.thread_ts === ts),
      );
      if (found.length === 0) return { ok: false, error: 'thread_not_found' };
      return { ok: true, messages: found.map((m) => this.asHistory(m, args)), has_more: false };
    },
    'conversations.info': (args) => {
      const id = String(args.channel ?? '');
      if (!/^[CG][A-Z0-9]+$/.test(id)) return { ok: false, error: 'channel_not_found' };
      const member = !this.outside.has(id);
      return { ok: true, channel: { id, name: id.toLowerCase(), is_channel: true, is_member: member } };
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
    'views.open': (args) => this.surfaces.call(args, 'open'),
    'views.push': (args) => this.surfaces.call(args, 'push'),
    'views.update': (args) => this.surfaces.call(args, 'update'),
    'views.publish': (args) => this.surfaces.call(args, 'publish'),
  };

  private handleResponseUrl(req: Request, res: Response): void {
    const answer = this.showAnswer(String(req.params.token), { ...(req.body as Args) });
    if (answer.ok) res.json(answer);
    else if (answer.problem) res.status(answer.status).json(answer.problem);
    else res.status(answer.status).send('no such response_url');
  }

  /**
   * What Slack shows for a command's ack body: the same as an answer through its response_url
   * (an ephemeral message, or one in the channel), recorded as a `response_url` call with `inAck`.
   */
  showAckAnswer(responseUrl: string, body: Args): void {
    this.showAnswer(responseUrl.slice(responseUrl.lastIndexOf('/') + 1), { ...body, inAck: true });
  }

  private showAnswer(
    token: string,
    body: Args,
  ): { ok: true } | { ok: false; status: number; problem?: Args } {
    let target: { channel: string; user: string; messageTs?: string; n?: number };
    try {
      target = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, status: 404 };
    }
    const args = parseJsonFields(body);
    const bad = args.delete_original ? undefined : this.messageProblems(args);
    this.record({
      method: 'response_url',
      args: { ...args, ...target, responseUrl: `${this.url}/response/${token}` },
      ok: !bad,
      error: bad?.error as string | undefined,
    });
    if (bad) return { ok: false, status: 400, problem: bad };
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
    return { ok: true };
  }
}
