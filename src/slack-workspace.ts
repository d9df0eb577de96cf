import type { WebClient } from '@slack/web-api';
import type { Log } from './log.js';
import type { Policy } from './policy/schema.js';

/** What a new install most often gets wrong, found before the first post fails. */
export interface WorkspaceStatus {
  ok: boolean;
  checkedAt: string;
  /** The workspace and bot the token belongs to (auth.test). */
  team?: string;
  bot?: string;
  /** The bot's ids, which Bolt needs to ignore its own messages (else it calls auth.test itself). */
  botUserId?: string;
  botId?: string;
  /** One sentence each, saying what to do. */
  problems: string[];
}

const RECHECK_MS = 60_000;

/** Slack's error code of a failed Web API call (`invalid_auth`), else the error's message. */
export const slackErrorOf = (e: unknown) =>
  (e as { data?: { error?: string } }).data?.error ?? (e as Error).message ?? String(e);

/** The channels the policy posts to, with what each is for. */
export function configuredChannels(policy: Policy): { id: string; purpose: string }[] {
  return [
    { id: policy.channels.ops, purpose: 'RevOps' },
    { id: policy.channels.triage, purpose: 'triage' },
    ...policy.teams.map((t) => ({ id: t.channel, purpose: `${t.id} leads` })),
  ];
}

/**
 * Checks the token (auth.test) and that the bot is in every channel the policy names
 * (conversations.info): at start, then again on /healthz at most once a minute. Slack's own
 * retries are off here (the client given has none): a check answers in seconds or says why not.
 */
export class WorkspaceCheck {
  private last?: WorkspaceStatus;
  private running?: Promise<WorkspaceStatus>;

  constructor(
    private readonly slack: WebClient,
    private readonly policy: Policy,
    private readonly log: Log,
  ) {}

  /** The latest result, re-checked when older than a minute. */
  async status(now = Date.now()): Promise<WorkspaceStatus> {
    if (this.last && now - Date.parse(this.last.checkedAt) < RECHECK_MS) return this.last;
    return this.check();
  }

  /** Checks now (one check at a time) and logs each problem once per check. */
  check(): Promise<WorkspaceStatus> {
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(): Promise<WorkspaceStatus> {
    const checkedAt = new Date().toISOString();
    let status: WorkspaceStatus;
    try {
      const auth = await this.slack.auth.test();
      const channels = configuredChannels(this.policy);
      const found = await Promise.all(channels.map(({ id, purpose }) => this.channelProblem(id, purpose)));
      const problems = found.filter((p): p is string => p !== undefined);
      status = {
        ok: problems.length === 0,
        checkedAt,
        team: auth.team,
        bot: auth.user,
        botUserId: auth.user_id,
        botId: auth.bot_id,
        problems,
      };
    } catch (e) {
      const error = slackErrorOf(e);
      const hint = ['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked'].includes(error)
        ? 'check SLACK_BOT_TOKEN (OAuth & Permissions → Bot User OAuth Token)'
        : 'Slack could not be reached; messages wait in the outbox meanwhile';
      status = { ok: false, checkedAt, problems: [`auth.test failed (${error}): ${hint}.`] };
    }
    for (const problem of status.problems) this.log.warn({ slack: 'workspace' }, problem);
    this.last = status;
    return status;
  }

  private async channelProblem(id: string, purpose: string): Promise<string | undefined> {
    try {
      const info = await this.slack.conversations.info({ channel: id });
      if (info.channel?.is_member) return undefined;
      const name = info.channel?.name ? `#${info.channel.name}` : id;
      return `The bot is not in ${name} (${id}, ${purpose}): type /invite @ClaimDesk there, or posts to it fail with not_in_channel.`;
    } catch (e) {
      const error = slackErrorOf(e);
      if (error === 'channel_not_found')
        return `Channel ${id} (${purpose}) was not found: if it is private, type /invite @ClaimDesk there; else fix its id in the policy.`;
      return `conversations.info for ${id} (${purpose}) failed: ${error}.`;
    }
  }
}
