import { activityModel } from '../../src/store/activities.js';
import { postApi, startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';

/** One active sequence per contact, one sending mailbox per conversation: through the real API. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('contact_locks');
});
afterAll(() => t.stop());

const post = (path: string, body: unknown) => postApi(t, path, body);

describe('the sequence lock', () => {
  test('when a contact already runs one sequence, then enrolling it in another is refused with 409 and nothing is recorded; the same sequence again is fine', async () => {
    const first = await post('/activities', {
      type: 'sequence_start',
      email: 'dana@seq.io',
      member: people.sam,
      sequence: 'Q4 outbound',
    });
    expect(first.status).toBe(201);
    const second = await post('/activities', {
      type: 'sequence_start',
      email: 'dana@seq.io',
      member: people.sam,
      sequence: 'Webinar follow-up',
    });
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({
      error: 'sequence_conflict',
      running: { sequence: 'Q4 outbound', member: people.sam, memberName: 'Sam Ortiz' },
    });
    expect(await activityModel(t.app.deps.db).countDocuments({ email: 'dana@seq.io' })).toBe(1);
    const again = await post('/activities', {
      type: 'sequence_start',
      email: 'dana@seq.io',
      member: people.sam,
      sequence: 'Q4 outbound',
    });
    expect(again.status).toBe(201);

    const listed = (await (
      await post('/check', [
        { email: 'dana@seq.io', sequence: 'Webinar follow-up', member: 'sam@ourco.io' },
        { email: 'dana@seq.io', sequence: 'Q4 outbound', member: 'sam@ourco.io' },
        { email: 'dana@seq.io', sequence: 'Q4 outbound', member: 'maya@ourco.io' },
      ])
    ).json()) as { results: Record<string, unknown>[] };
    expect(listed.results[0]).toMatchObject({
      verdict: 'blocked',
      why: 'sequence_locked',
      lock: { sequence: 'Q4 outbound' },
    });
    expect(listed.results[1]).toMatchObject({ verdict: 'clear' });
    // For anyone else the running sequence is a live conversation: blocked whatever they enrol it in.
    expect(listed.results[2]).toMatchObject({ verdict: 'blocked', why: 'live_elsewhere' });
  });
});

describe('the mailbox lock', () => {
  test('when a second mailbox writes to a conversation, then it is recorded, the rep is warned, /check names the mailbox and the list check blocks it', async () => {
    await post('/activities', {
      type: 'outbound_email',
      email: 'lee@box.io',
      member: people.sam,
      mailbox: 'sam@ourco.io',
    });
    const other = await post('/activities', {
      type: 'outbound_email',
      email: 'lee@box.io',
      member: people.sam,
      mailbox: 'Sam.Ortiz@ourco-mail.io',
    });
    expect(other.status).toBe(201);
    expect(await other.json()).toMatchObject({
      recorded: true,
      mailboxConflict: { mailbox: 'sam@ourco.io', member: people.sam },
    });
    await t.slack.waitForCall(
      'chat.postMessage',
      (c) =>
        c.args.channel === people.sam &&
        String(c.args.text).startsWith('Two mailboxes are writing to lee@box.io'),
    );
    const check = await t.command(people.sam, '/check', 'lee@box.io');
    expect(JSON.stringify(check.args.blocks)).toContain(
      'sending mailbox: sam.ortiz@ourco-mail.io (Sam Ortiz)',
    );

    const listed = (await (
      await post('/check', [
        { email: 'lee@box.io', mailbox: 'sam@ourco.io' },
        { email: 'lee@box.io', mailbox: 'not a mailbox' },
      ])
    ).json()) as { results: Record<string, unknown>[] };
    expect(listed.results[0]).toMatchObject({ verdict: 'blocked', why: 'mailbox_locked' });
    expect(listed.results[1]).toMatchObject({ verdict: 'error' });
    expect(String(listed.results[1]?.error)).toContain('is not an email address');
  });

  test('when the mailbox is malformed on an activity, then 400 names the field', async () => {
    const res = await post('/activities', {
      type: 'outbound_email',
      email: 'lee@box.io',
      member: people.sam,
      mailbox: 'nope',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { problems: { path: string }[] }).problems[0]?.path).toBe('mailbox');
  });
});

describe('the policy’s sequences', () => {
  test('when the policy lists its sequences, then a record or a list row naming another is refused, naming the field', async () => {
    const { testPolicy } = await import('../support/policy.js');
    const listed = await startTestApp('contact_locks_named', {
      policy: testPolicy({ sequences: ['Q4 outbound', 'Webinar follow-up'] }),
    });
    try {
      const call = (path: string, body: unknown) => postApi(listed, path, body);
      const bad = await call('/activities', {
        type: 'sequence_start',
        email: 'kim@named.io',
        member: people.sam,
        sequence: 'Q5 outbund',
      });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { problems: { path: string }[] }).problems[0]?.path).toBe('sequence');
      const good = await call('/activities', {
        type: 'sequence_start',
        email: 'kim@named.io',
        member: people.sam,
        sequence: 'q4 outbound',
      });
      expect(good.status).toBe(201);
      const rows = (await (
        await call('/check', [
          { email: 'a@named.io', sequence: 'Q5 outbund' },
          { email: 'b@elsewhere.io', sequence: 'Webinar follow-up' },
        ])
      ).json()) as { results: { verdict: string; error?: string }[] };
      expect(rows.results[0]).toMatchObject({ verdict: 'error' });
      expect(rows.results[0]?.error).toContain('is not one of the policy');
      expect(rows.results[1]?.verdict).toBe('clear');
    } finally {
      await listed.stop();
    }
  });
});
