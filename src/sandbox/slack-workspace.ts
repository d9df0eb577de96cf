import { blockProblems, limits } from './slack-limits.js';
import { ViewSurfaces } from './slack-views.js';

/**
 * What the Slack emulation keeps of a workspace: its people, the messages posted (in channels,
 * DMs, threads, ephemerals), modals and Home tabs, and the Web API methods that read and change
 * them, each answering as Slack does ({ok:false,error} for what Slack rejects). The HTTP front,
 * recorded calls and injected faults are slack-emulator.ts's.
 */

export type Args = Record<string, unknown>;

export interface EmulatedUser {
  id: string;
  name: string;
  email?: string;
  tz?: string;
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

export const parseJsonFields = (args: Args) => {
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

/** Where a response_url answers: the command's or action's channel, person and message. */
export interface ResponseTarget {
  channel: string;
  user: string;
  messageTs?: string;
  n?: number;
}

export class SlackWorkspace {
  readonly messages: PostedMessage[] = [];
  /** Modals and Home tabs: what views.open/push/update/publish made, per person. */
  readonly surfaces: ViewSurfaces;
  readonly users: Map<string, EmulatedUser>;
  /** Channels the bot has not been invited to: posts there fail with not_in_channel. */
  readonly outside = new Set<string>();
  private seq = 0;

  constructor(
    users: EmulatedUser[],
    readonly team: { id: string; domain: string },
    readonly bot: { userId: string; botId: string },
  ) {
    this.users = new Map(users.map((u) => [u.id, u]));
    this.surfaces = new ViewSurfaces(this.users, () => `V${String(this.next()).padStart(8, '0')}`);
  }

  /** A number no other id, ts or token of this workspace has had. */
  next(): number {
    return ++this.seq;
  }

  dmChannel(user: string): string {
    return `D${user}`;
  }

  private nextTs(): string {
    const now = Date.now();
    return `${Math.floor(now / 1000)}.${String(this.next()).padStart(6, '0')}`;
  }

  messageProblems(args: Args): Args | undefined {
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

  channelFor(channel: unknown): string | undefined {
    if (typeof channel !== 'string' || !channel) return undefined;
    // Posting to a user id opens (or reuses) the DM with that user, as Slack does.
    if (this.users.has(channel)) return this.dmChannel(channel);
    return channel;
  }

  readonly methods: Record<string, (args: Args) => Args> = {
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

  /**
   * Shows an answer sent to a response_url: replaces or deletes the original message when asked,
   * else posts it (ephemeral unless response_type is in_channel).
   */
  answer(target: ResponseTarget, args: Args): void {
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
  }
}
