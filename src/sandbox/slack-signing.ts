import { createHmac } from 'node:crypto';
import type { SlackEmulator } from './slack-emulator.js';

/** Slack's v0 request signature: HMAC-SHA256 of "v0:<timestamp>:<raw body>" with the signing secret. */
export function slackSignature(signingSecret: string, timestampSeconds: number, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestampSeconds}:${rawBody}`).digest('hex')}`;
}

export interface SignedResponse {
  status: number;
  body: string;
  json(): unknown;
}

export interface SendOptions {
  /** Seconds to shift the timestamp (negative = older), to test replay protection. */
  skewSeconds?: number;
  /** Sign with this secret instead of the app's (a forged request). */
  secret?: string;
  /** Extra headers, e.g. x-slack-retry-num for a Slack retry. */
  headers?: Record<string, string>;
}

type Json = Record<string, unknown>;

/** An ack's body: a JSON message, or plain text (Slack shows both). */
const ackBody = (body: string): Json => {
  try {
    return JSON.parse(body) as Json;
  } catch {
    return { text: body };
  }
};

/**
 * Sends slash commands, interactions and events to the app's /slack/events as Slack would:
 * the same encodings, signature headers, trigger ids and response_urls (served by the emulator).
 */
export class SlackRequests {
  constructor(
    readonly appUrl: string,
    readonly signingSecret: string,
    readonly slack: SlackEmulator,
  ) {}

  async send(contentType: string, rawBody: string, options: SendOptions = {}): Promise<SignedResponse> {
    const ts = Math.floor(Date.now() / 1000) + (options.skewSeconds ?? 0);
    const res = await fetch(`${this.appUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': slackSignature(options.secret ?? this.signingSecret, ts, rawBody),
        ...options.headers,
      },
      body: rawBody,
    });
    const body = await res.text();
    return { status: res.status, body, json: () => JSON.parse(body) };
  }

  private user(id: string): Json {
    return { id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: this.slack.team.id };
  }

  /** `/claim acme.com` typed by `userId` in `channelId`. */
  async command(
    userId: string,
    command: string,
    text = '',
    channelId = 'C0GENERAL',
    options?: SendOptions,
  ): Promise<SignedResponse & { responseUrl: string }> {
    const responseUrl = this.slack.responseUrl(channelId, userId);
    const form = new URLSearchParams({
      token: 'legacy-verification-token',
      team_id: this.slack.team.id,
      team_domain: this.slack.team.domain,
      channel_id: channelId,
      channel_name: 'general',
      user_id: userId,
      user_name: userId.toLowerCase(),
      command,
      text,
      api_app_id: 'A0CLAIMDESK',
      response_url: responseUrl,
      trigger_id: this.slack.newTriggerId(userId),
    });
    const res = await this.send('application/x-www-form-urlencoded', form.toString(), options);
    // Slack shows an ack's body to the person who typed the command, as it would an answer
    // through the response_url.
    if (res.status === 200 && res.body.trim()) this.slack.showAckAnswer(responseUrl, ackBody(res.body));
    return { ...res, responseUrl };
  }

  private interaction(payload: Json, options?: SendOptions): Promise<SignedResponse> {
    const form = new URLSearchParams({ payload: JSON.stringify(payload) });
    return this.send('application/x-www-form-urlencoded', form.toString(), options);
  }

  /** A button press on a message the app posted (channel + ts), or on the Home tab (no channel). */
  blockAction(
    userId: string,
    action: { action_id: string; value?: string; block_id?: string },
    where: { channel: string; messageTs: string; ephemeral?: boolean } | { view: Json },
    options?: SendOptions,
  ): Promise<SignedResponse> {
    const base: Json = {
      type: 'block_actions',
      user: this.user(userId),
      api_app_id: 'A0CLAIMDESK',
      token: 'legacy-verification-token',
      team: { id: this.slack.team.id, domain: this.slack.team.domain },
      trigger_id: this.slack.newTriggerId(userId),
      actions: [{ type: 'button', block_id: 'b', action_ts: String(Date.now() / 1000), ...action }],
    };
    if ('view' in where)
      return this.interaction(
        { ...base, container: { type: 'view', view_id: where.view.id }, view: where.view },
        options,
      );
    const message = this.slack.messages.find((m) => m.channel === where.channel && m.ts === where.messageTs);
    return this.interaction(
      {
        ...base,
        container: {
          type: 'message',
          message_ts: where.messageTs,
          channel_id: where.channel,
          is_ephemeral: !!where.ephemeral,
        },
        channel: { id: where.channel, name: where.channel },
        message: where.ephemeral
          ? undefined
          : { type: 'message', ts: where.messageTs, text: message?.text, blocks: message?.blocks },
        response_url: this.slack.responseUrl(where.channel, userId, where.messageTs),
      },
      options,
    );
  }

  /** Submitting a modal the app opened: `values` as Slack nests them (block_id → action_id → state). */
  viewSubmission(
    userId: string,
    view: Json,
    values: Record<string, Record<string, Json>>,
    options?: SendOptions,
  ) {
    return this.interaction(
      {
        type: 'view_submission',
        user: this.user(userId),
        api_app_id: 'A0CLAIMDESK',
        token: 'legacy-verification-token',
        team: { id: this.slack.team.id, domain: this.slack.team.domain },
        trigger_id: this.slack.newTriggerId(userId),
        view: { ...view, team_id: this.slack.team.id, state: { values }, hash: `${Date.now()}.hash` },
        response_urls: [],
      },
      options,
    );
  }

  /** An Events API callback, e.g. app_home_opened. */
  event(event: Json, options?: SendOptions): Promise<SignedResponse> {
    const body = {
      token: 'legacy-verification-token',
      team_id: this.slack.team.id,
      api_app_id: 'A0CLAIMDESK',
      type: 'event_callback',
      event_id: `Ev${Date.now()}${Math.floor(Math.random() * 1e6)}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { event_ts: String(Date.now() / 1000), ...event },
    };
    return this.send('application/json', JSON.stringify(body), options);
  }
}
