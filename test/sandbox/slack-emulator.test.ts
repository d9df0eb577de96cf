import { LogLevel, WebClient } from '@slack/web-api';
import { SlackEmulator } from '../../src/sandbox/slack-emulator.js';
import { manifestScopes } from '../../src/sandbox/slack-scopes.js';

const TOKEN = 'xoxb-emulator-test';
let slack: SlackEmulator;
let client: WebClient;

beforeAll(async () => {
  slack = await new SlackEmulator(TOKEN, [{ id: 'U01SAM', name: 'Sam', email: 'sam@ourco.io' }]).start();
  client = new WebClient(TOKEN, {
    slackApiUrl: slack.apiUrl,
    retryConfig: { retries: 2, factor: 1, minTimeout: 5, maxTimeout: 10 },
    logLevel: LogLevel.ERROR,
  });
});
afterAll(() => slack.stop());

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const button = (text: string, action_id = 'a') => ({
  type: 'actions',
  elements: [{ type: 'button', text: { type: 'plain_text', text }, action_id }],
});
const modal = (extra: Record<string, unknown> = {}) => ({
  type: 'modal',
  title: { type: 'plain_text', text: 'Claim' },
  blocks: [],
  ...extra,
});

/** The Slack error code a call fails with (WebClient throws platform errors). */
async function errorOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'ok';
  } catch (e) {
    return (e as { data?: { error?: string } }).data?.error ?? String(e);
  }
}

describe('Slack Web API emulation', () => {
  test('when the app posts a valid message to a user id, then it lands in their DM and the call is recorded', async () => {
    const res = await client.chat.postMessage({ channel: 'U01SAM', text: 'hi', blocks: [section('hi')] });
    expect(res.ok).toBe(true);
    expect(slack.conversation('DU01SAM').map((m) => m.text)).toContain('hi');
    expect(slack.callsTo('chat.postMessage').at(-1)).toMatchObject({ ok: true, args: { channel: 'U01SAM' } });
  });

  test.each([
    ['51 blocks', { blocks: Array.from({ length: 51 }, () => section('x')) }],
    ['section text over 3000 characters', { blocks: [section('x'.repeat(3001))] }],
    ['button text over 75 characters', { blocks: [button('b'.repeat(76))] }],
    ['action_id over 255 characters', { blocks: [button('ok', 'a'.repeat(256))] }],
    ['an unknown block type', { blocks: [{ type: 'banner' }] }],
  ])('when a message has %s, then Slack rejects it with invalid_blocks', async (_what, extra) => {
    expect(await errorOf(client.chat.postMessage({ channel: 'C1', text: 'x', ...extra } as never))).toBe(
      'invalid_blocks',
    );
  });

  test.each([
    ['a title over 24 characters', { title: { type: 'plain_text', text: 'A title that is too long!' } }],
    ['private_metadata over 3000 characters', { private_metadata: 'm'.repeat(3001) }],
    ['callback_id over 255 characters', { callback_id: 'c'.repeat(256) }],
    ['101 blocks', { blocks: Array.from({ length: 101 }, () => section('x')) }],
  ])('when a modal has %s, then views.open fails with invalid_arguments', async (_what, extra) => {
    expect(
      await errorOf(client.views.open({ trigger_id: slack.newTriggerId(), view: modal(extra) as never })),
    ).toBe('invalid_arguments');
  });

  test('when the same trigger_id opens two modals, then the second is refused as Slack does', async () => {
    const trigger = slack.newTriggerId();
    expect(await errorOf(client.views.open({ trigger_id: trigger, view: modal() as never }))).toBe('ok');
    expect(await errorOf(client.views.open({ trigger_id: trigger, view: modal() as never }))).toBe(
      'trigger_exchanged',
    );
  });

  test('when the token is wrong, then every method answers invalid_auth', async () => {
    const stranger = new WebClient('xoxb-wrong', {
      slackApiUrl: slack.apiUrl,
      retryConfig: { retries: 0 },
      logLevel: LogLevel.ERROR,
    });
    expect(await errorOf(stranger.auth.test())).toBe('invalid_auth');
  });

  test('when told to answer 429 with Retry-After, then the client waits, retries and succeeds', async () => {
    slack.failNext(1, { status: 429, retryAfterSeconds: 1 });
    const before = slack.callsTo('chat.postMessage').length;
    const res = await client.chat.postMessage({ channel: 'C1', text: 'after a rate limit' });
    expect(res.ok).toBe(true);
    const calls = slack.callsTo('chat.postMessage').slice(before);
    expect(calls.map((c) => c.error ?? 'ok')).toEqual(['http_429', 'ok']);
  });

  test('when told to answer 500 twice, then the client retries until the third call succeeds', async () => {
    slack.failNext(2, { status: 500 });
    const before = slack.callsTo('chat.postMessage').length;
    await client.chat.postMessage({ channel: 'C1', text: 'after two 500s' });
    expect(
      slack
        .callsTo('chat.postMessage')
        .slice(before)
        .map((c) => c.error ?? 'ok'),
    ).toEqual(['http_500', 'http_500', 'ok']);
  });

  test('when users are looked up by email, then known ones are found and others get users_not_found', async () => {
    expect((await client.users.lookupByEmail({ email: 'SAM@ourco.io' })).user?.id).toBe('U01SAM');
    expect(await errorOf(client.users.lookupByEmail({ email: 'nobody@ourco.io' }))).toBe('users_not_found');
  });

  test('when a message is updated, then the stored message changes and an unknown ts is message_not_found', async () => {
    const posted = await client.chat.postMessage({ channel: 'C9', text: 'before' });
    await client.chat.update({ channel: 'C9', ts: posted.ts as string, text: 'after' });
    expect(slack.conversation('C9').map((m) => m.text)).toEqual(['after']);
    expect(await errorOf(client.chat.update({ channel: 'C9', ts: '1.000000', text: 'x' }))).toBe(
      'message_not_found',
    );
  });

  test('when the token lacks a method’s scope, then the call fails with missing_scope naming it, as Slack does', async () => {
    const scoped = await new SlackEmulator(TOKEN, [
      { id: 'U01SAM', name: 'Sam' },
      { id: 'U02MAYA', name: 'Maya' },
    ])
      .grantOnly(['chat:write', 'mpim:write'])
      .start();
    const c = new WebClient(TOKEN, {
      slackApiUrl: scoped.apiUrl,
      retryConfig: { retries: 0 },
      logLevel: LogLevel.ERROR,
    });
    try {
      expect(await errorOf(c.conversations.open({ users: 'U01SAM,U02MAYA' }))).toBe('ok'); // group DM: mpim:write
      expect(await errorOf(c.conversations.open({ users: 'U01SAM' }))).toBe('missing_scope'); // DM: im:write
      expect(await errorOf(c.users.info({ user: 'U01SAM' }))).toBe('missing_scope');
      expect(scoped.callsTo('users.info')[0]?.error).toBe('missing_scope');
      expect(await errorOf(c.conversations.info({ channel: 'C1' }))).toBe('missing_scope');
      expect(await errorOf(c.views.publish({ user_id: 'U01SAM', view: { type: 'home', blocks: [] } }))).toBe(
        'ok',
      );
    } finally {
      await scoped.stop();
    }
  });

  test('when the manifest’s scopes are granted, then they are what the app asks for (no email, no user directory)', () => {
    expect(manifestScopes().sort()).toEqual([
      'channels:history',
      'channels:read',
      'chat:write',
      'commands',
      'groups:history',
      'groups:read',
      'im:history',
      'im:write',
      'mpim:history',
      'mpim:write',
    ]);
  });

  test('when a message carries metadata, then the conversation’s history returns it only with include_all_metadata, and a DM’s history needs im:history', async () => {
    const posted = await client.chat.postMessage({
      channel: 'C0HIST',
      text: 'with a key',
      metadata: { event_type: 'claimdesk_message', event_payload: { key: 'k-1' } },
    });
    const plain = await client.conversations.history({ channel: 'C0HIST' });
    expect(plain.messages?.[0]).toMatchObject({ ts: posted.ts, text: 'with a key' });
    expect(plain.messages?.[0]?.metadata).toBeUndefined();
    const full = await client.conversations.history({ channel: 'C0HIST', include_all_metadata: true });
    expect(full.messages?.[0]?.metadata).toEqual({
      event_type: 'claimdesk_message',
      event_payload: { key: 'k-1' },
    });

    const narrow = await new SlackEmulator('xoxb-narrow', [{ id: 'U1', name: 'one' }])
      .grantOnly(['chat:write'])
      .start();
    try {
      const narrowClient = new WebClient('xoxb-narrow', {
        slackApiUrl: narrow.apiUrl,
        retryConfig: { retries: 0 },
        logLevel: LogLevel.ERROR,
      });
      expect(await errorOf(narrowClient.conversations.history({ channel: narrow.dmChannel('U1') }))).toBe(
        'missing_scope',
      );
    } finally {
      await narrow.stop();
    }
  });

  test('when the bot is not in a channel, then conversations.info says so and posts there fail with not_in_channel until it is invited', async () => {
    slack.removeBotFrom('C9OUT');
    expect((await client.conversations.info({ channel: 'C9OUT' })).channel?.is_member).toBe(false);
    expect(await errorOf(client.chat.postMessage({ channel: 'C9OUT', text: 'x' }))).toBe('not_in_channel');
    slack.inviteBotTo('C9OUT');
    expect((await client.conversations.info({ channel: 'C9OUT' })).channel?.is_member).toBe(true);
    expect(await errorOf(client.chat.postMessage({ channel: 'C9OUT', text: 'x' }))).toBe('ok');
  });
});
