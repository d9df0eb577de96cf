import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { activityModel } from '../../src/store/activities.js';
import { claimLockModel, claimModel } from '../../src/store/claims.js';
import { contactFlagModel } from '../../src/store/contacts.js';
import { sequenceSignature } from '../../src/usecases/sequence-webhook.js';
import { claimActions, conflictActions, consentActions, fields, modals } from '../../src/views/ids.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

const WEBHOOK_SECRET = 'sequence-webhook-secret-123';
const hookCalls: { headers: IncomingMessage['headers']; body: string }[] = [];
const hook = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    hookCalls.push({ headers: req.headers, body });
    res.end('ok');
  });
});

let t: TestApp;
beforeAll(async () => {
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/pause`;
  t = await startTestApp('claim_buttons', { config: { sequenceWebhook: { url, secret: WEBHOOK_SECRET } } });
});
afterAll(async () => {
  await t.stop();
  hook.close();
});

const db = () => t.app.deps.db;
const dmTo = (user: string, startsWith: string) =>
  t.slack.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === user && String(c.args.text).startsWith(startsWith),
  );
const buttonValue = (blocks: unknown, actionId: string) =>
  (JSON.stringify(blocks).match(new RegExp(`"action_id":"${actionId}","value":"([a-f0-9]+)"`)) ??
    [])[1] as string;

/** Posts a DM alert's button as the user would press it, on the message Slack stored. */
async function pressInDm(user: string, text: string, actionId: string) {
  const alert = await dmTo(user, text);
  const message = t.slack.conversation(`D${user}`).find((m) => m.text === alert.args.text) as { ts: string };
  return {
    alert,
    message,
    press: () =>
      t.requests.blockAction(
        user,
        { action_id: actionId, value: buttonValue(alert.args.blocks, actionId) },
        { channel: `D${user}`, messageTs: message.ts },
      ),
  };
}

describe('conflict alert buttons', () => {
  let pressPause: () => Promise<unknown>;
  test('when the challenger presses Pause my sequence, then the pause is recorded, the signed webhook is called and the alert shows the outcome', async () => {
    await t.command(people.sam, '/claim', 'pausetest.io');
    await t.command(people.john, '/claim', 'pausetest.io');
    const { press, message } = await pressInDm(people.john, 'pausetest.io is claimed', conflictActions.pause);
    pressPause = press;

    expect((await press()).status).toBe(200);

    await waitUntil(
      async () =>
        (await activityModel(db()).countDocuments({ domain: 'pausetest.io', type: 'sequence_pause' })) === 1,
    );
    await waitUntil(() => hookCalls.length === 1);
    const call = hookCalls[0] as (typeof hookCalls)[number];
    expect(JSON.parse(call.body)).toMatchObject({
      action: 'pause',
      target: 'pausetest.io',
      member: { slack: people.john },
    });
    expect(call.headers['x-claimdesk-signature']).toBe(
      sequenceSignature(WEBHOOK_SECRET, String(call.headers['x-claimdesk-timestamp']), call.body),
    );
    await waitUntil(() =>
      t.slack
        .conversation(`D${people.john}`)
        .some((m) => m.ts === message.ts && m.text.startsWith('You paused your sequence')),
    );
    expect(
      JSON.stringify(t.slack.conversation(`D${people.john}`).find((m) => m.ts === message.ts)?.blocks),
    ).not.toContain('action_id');
  });

  test('when the same button is pressed again, then it answers what already happened and acts no second time', async () => {
    await pressPause();
    const note = await t.slack.waitForCall(
      'response_url',
      (c) => c.args.user === people.john && String(c.args.text).startsWith('Already done: paused'),
    );
    expect(note.args.replace_original).toBe(false);
    expect(await activityModel(db()).countDocuments({ domain: 'pausetest.io', type: 'sequence_pause' })).toBe(
      1,
    );
    expect(hookCalls).toHaveLength(1);
  });

  test('when the owner released the account before the button is pressed, then the alert says the situation changed', async () => {
    await t.command(people.maya, '/claim', 'changed.io');
    await t.command(people.priya, '/claim', 'changed.io');
    const { press } = await pressInDm(people.priya, 'changed.io is claimed', conflictActions.standDown);
    await t.command(people.maya, '/release', 'changed.io');
    await waitUntil(async () => !(await claimLockModel(db()).findById('account:changed.io')));
    await press();
    await t.slack.waitForCall('chat.update', (c) =>
      String(c.args.text).includes('changed.io is no longer claimed'),
    );
  });

  test('when someone else presses a challenger’s button, then they are refused and nothing is recorded', async () => {
    await t.command(people.sam, '/claim', 'notyours.io');
    await t.command(people.maya, '/claim', 'notyours.io');
    const alert = await dmTo(people.maya, 'notyours.io is claimed');
    await t.requests.blockAction(
      people.john,
      { action_id: conflictActions.pause, value: buttonValue(alert.args.blocks, conflictActions.pause) },
      { channel: `D${people.maya}`, messageTs: '1.1' },
    );
    await t.slack.waitForCall(
      'response_url',
      (c) => c.args.user === people.john && String(c.args.text).includes('sent to someone else'),
    );
    expect(await activityModel(db()).countDocuments({ domain: 'notyours.io' })).toBe(0);
  });
});

describe('claim buttons and modals', () => {
  test('when the owner presses Release on the claim message, then the claim ends, the lock goes and the message says so', async () => {
    await t.requests.command(people.priya, '/claim', 'releaseme.io');
    const reply = await t.slack.waitForCall('response_url', (c) =>
      String(c.args.text).startsWith('releaseme.io is yours'),
    );
    const value = buttonValue(reply.args.blocks, claimActions.release);
    await t.requests.blockAction(
      people.priya,
      { action_id: claimActions.release, value },
      { channel: 'C0GENERAL', messageTs: '1.2', ephemeral: true },
    );
    await t.slack.waitForCall(
      'response_url',
      (c) => c.args.replace_original === true && String(c.args.text).includes('You released'),
    );
    expect(await claimModel(db()).findById(value).lean()).toMatchObject({ status: 'released' });
    expect(await claimLockModel(db()).findById('account:releaseme.io').lean()).toBeNull();
  });

  test('when Extend is submitted without a note, then the note field shows the error; with a note, the expiry moves', async () => {
    await t.requests.command(people.sam, '/claim', 'extendme.io');
    const reply = await t.slack.waitForCall('response_url', (c) =>
      String(c.args.text).startsWith('extendme.io is yours'),
    );
    const claimId = buttonValue(reply.args.blocks, claimActions.extend);
    await t.requests.blockAction(
      people.sam,
      { action_id: claimActions.extend, value: claimId },
      { channel: 'C0GENERAL', messageTs: '1.3', ephemeral: true },
    );
    const opened = await t.slack.waitForCall(
      'views.open',
      (c) => (c.args.view as { callback_id: string }).callback_id === modals.extend,
    );
    const view = opened.args.view as Record<string, unknown>;

    const empty = await t.requests.viewSubmission(people.sam, view, {
      [fields.note.block]: { [fields.note.action]: { type: 'plain_text_input', value: ' ' } },
    });
    expect(empty.json()).toEqual({
      response_action: 'errors',
      errors: { [fields.note.block]: 'Say in one line why the claim is still live.' },
    });

    const before = (await claimModel(db()).findById(claimId).lean())?.expiresAt as Date;
    t.app.deps.clock = { now: () => new Date(Date.now() + 3 * 86_400_000) };
    const ok = await t.requests.viewSubmission(people.sam, view, {
      [fields.note.block]: { [fields.note.action]: { type: 'plain_text_input', value: 'demo next week' } },
    });
    t.app.deps.clock = { now: () => new Date() };
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('');
    const after = (await claimModel(db()).findById(claimId).lean())?.expiresAt as Date;
    expect(Math.round((after.getTime() - before.getTime()) / 86_400_000)).toBe(3);
  });

  test('when a modal comes back with forged private_metadata, then the field shows a clear error and nothing changes', async () => {
    const res = await t.requests.viewSubmission(
      people.sam,
      { callback_id: modals.extend, private_metadata: '{"claimId":"$ne"}' },
      { [fields.note.block]: { [fields.note.action]: { type: 'plain_text_input', value: 'x' } } },
    );
    expect(res.json()).toEqual({
      response_action: 'errors',
      errors: { [fields.note.block]: 'This form is out of date. Open it again from the claim.' },
    });
  });
});

describe('/check and /release', () => {
  test('when a target is free, held while prospecting, held hard, or a suppressed contact, then the verdicts are clear, warn, blocked, blocked', async () => {
    await t.command(people.sam, '/claim', 'soft.io prospecting');
    await t.command(people.sam, '/claim', 'hard.io open_deal');
    await contactFlagModel(db()).create({
      _id: 'gone@bounce.io',
      status: 'bounced',
      at: new Date(),
      source: 'test',
    });
    const verdicts: string[] = [];
    for (const target of ['free.io', 'soft.io', 'hard.io', 'gone@bounce.io']) {
      await t.requests.command(people.priya, '/check', target);
      const reply = await t.slack.waitForCall(
        'response_url',
        (c) => c.args.user === people.priya && String(c.args.text).endsWith(`: ${target}`),
      );
      verdicts.push(String(reply.args.text).split(':')[0] as string);
    }
    expect(verdicts).toEqual(['CLEAR', 'WARN', 'BLOCKED', 'BLOCKED']);
  });

  test('when a rep releases what they do not own, then they are told so and the claim stays', async () => {
    await t.requests.command(people.priya, '/release', 'hard.io');
    await t.slack.waitForCall(
      'response_url',
      (c) => c.args.user === people.priya && String(c.args.text).includes('You have no claim on hard.io'),
    );
    expect(await claimLockModel(db()).findById('account:hard.io').lean()).toMatchObject({
      owner: people.sam,
    });
  });
});

describe('contact inside someone else’s account', () => {
  test('when a rep claims a contact in an owned account, then the owner approves by DM and the contact becomes the rep’s', async () => {
    await t.command(people.maya, '/claim', 'consent.io');
    const pending = await t.command(people.john, '/claim', 'cto@consent.io meeting_booked met at a fair');
    expect(String(pending.args.text)).toContain('pending');
    const ask = await dmTo(people.maya, 'John Reed asks to claim cto@consent.io');
    const message = t.slack.conversation(`D${people.maya}`).find((m) => m.text === ask.args.text) as {
      ts: string;
    };
    const press = () =>
      t.requests.blockAction(
        people.maya,
        { action_id: consentActions.approve, value: buttonValue(ask.args.blocks, consentActions.approve) },
        { channel: `D${people.maya}`, messageTs: message.ts },
      );
    await press();
    await dmTo(people.john, 'Maya Klein approved');
    expect(await claimLockModel(db()).findById('contact:cto@consent.io').lean()).toMatchObject({
      owner: people.john,
    });
    await press();
    await t.slack.waitForCall('chat.update', (c) => String(c.args.text).includes('was already approved'));
    expect(await claimModel(db()).countDocuments({ key: 'contact:cto@consent.io' })).toBe(1);
  });
});
