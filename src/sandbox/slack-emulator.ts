import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import express, { type Request, type Response } from 'express';
import { missingScope } from './slack-scopes.js';
import {
  type Args,
  type EmulatedUser,
  type PostedMessage,
  parseJsonFields,
  type ResponseTarget,
  SlackWorkspace,
} from './slack-workspace.js';

export type { EmulatedUser, PostedMessage } from './slack-workspace.js';

/**
 * A local stand-in for Slack's Web API (https://slack.com/api/METHOD) and for response_url.
 * It answers like Slack ({ok:false,error}), rejects what Slack rejects, records every call,
 * fails calls on request (429/500, for fault tests), and keeps the conversations (in its
 * SlackWorkspace) so tests and the sandbox page can read them back.
 */

export interface RecordedCall {
  method: string;
  args: Args;
  ok: boolean;
  error?: string;
  problems?: string[];
  /** When the call arrived (performance.now(), ms): benchmarks time answers by it. */
  at?: number;
}

export interface Fault {
  status: 429 | 500;
  retryAfterSeconds?: number;
  /** Only calls to this channel (a user id for a DM) fail; others pass. */
  channel?: string;
}

export class SlackEmulator extends EventEmitter {
  readonly calls: RecordedCall[] = [];
  readonly workspace: SlackWorkspace;
  private faults: Fault[] = [];
  private granted?: ReadonlySet<string>;
  private server?: Server;
  url = '';

  constructor(
    readonly botToken: string,
    users: EmulatedUser[],
    readonly team = { id: 'T0SANDBOX', domain: 'sandbox' },
    readonly bot = { userId: 'U0BOT', botId: 'B0BOT' },
  ) {
    super();
    this.workspace = new SlackWorkspace(users, team, bot);
  }

  get messages(): PostedMessage[] {
    return this.workspace.messages;
  }

  get surfaces() {
    return this.workspace.surfaces;
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
    this.workspace.outside.add(channel);
  }

  /** Someone typed /invite @ClaimDesk in `channel`. */
  inviteBotTo(channel: string): void {
    this.workspace.outside.delete(channel);
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
    const n = this.workspace.next();
    const token = Buffer.from(JSON.stringify({ channel, user, messageTs, n })).toString('base64url');
    return `${this.url}/response/${token}`;
  }

  /** A trigger for an interaction by `user`: a modal opened with it belongs to them. */
  newTriggerId(user?: string): string {
    return this.surfaces.newTrigger(`${Date.now()}.${this.workspace.next()}.trigger`, user);
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

  dmChannel(user: string): string {
    return this.workspace.dmChannel(user);
  }

  /** Messages in a channel or DM as `viewer` sees them (ephemerals of others hidden). */
  conversation(channel: string, viewer?: string): PostedMessage[] {
    return this.messages.filter((m) => m.channel === channel && (!m.visibleTo || m.visibleTo === viewer));
  }

  private record(call: RecordedCall): void {
    call.at = performance.now();
    this.calls.push(call);
    this.emit('call', call);
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
    const handler = this.workspace.methods[method];
    if (!handler) return { ok: false, error: 'unknown_method' };
    const needed = this.granted && missingScope(method, args, this.granted);
    if (needed)
      return { ok: false, error: 'missing_scope', needed, provided: [...(this.granted ?? [])].join(',') };
    return handler(args);
  }

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
    let target: ResponseTarget;
    try {
      target = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, status: 404 };
    }
    const args = parseJsonFields(body);
    const bad = args.delete_original ? undefined : this.workspace.messageProblems(args);
    this.record({
      method: 'response_url',
      args: { ...args, ...target, responseUrl: `${this.url}/response/${token}` },
      ok: !bad,
      error: bad?.error as string | undefined,
    });
    if (bad) return { ok: false, status: 400, problem: bad };
    this.workspace.answer(target, args);
    return { ok: true };
  }
}
