import { replyModel } from '../../src/store/replies.js';
import { ingestMail } from '../../src/usecases/replies.js';
import { postApi, startTestApp, type TestApp } from '../support/harness.js';
import { people, testPolicy } from '../support/policy.js';

/**
 * The records make the block: a running sequence or a recent reply keeps everyone else off
 * a contact even with no claim (automatic locks off here, so no claim exists), and strict
 * mode blocks a target nobody owns. Real HTTP, real database, the Slack emulation.
 */
let t: TestApp;
let strict: TestApp;
beforeAll(async () => {
  t = await startTestApp('record_blocks', { policy: testPolicy({ claims: { autoClaim: false } }) });
  strict = await startTestApp('record_blocks_strict', {
    policy: testPolicy({ claims: { requireOwner: true } }),
  });
});
afterAll(async () => {
  await t.stop();
  await strict.stop();
});

const api = postApi;
const blocksOf = (call: { args: Record<string, unknown> }) =>
  JSON.stringify(call.args.blocks ?? call.args.text);

describe('hard blocks from the records', () => {
  test('when a contact is in another rep’s running sequence, then /check, /api/check and /claim block everyone but that rep, until it stops', async () => {
    await api(t, '/activities', {
      type: 'sequence_start',
      email: 'dana@north.io',
      member: people.john,
      sequence: 'Q4 outbound',
    });
    const maya = await t.command(people.maya, '/check', 'dana@north.io');
    expect(String(maya.args.text)).toBe('BLOCKED: dana@north.io');
    expect(blocksOf(maya)).toContain("In *John Reed*'s running sequence *Q4 outbound*");
    const john = await t.command(people.john, '/check', 'dana@north.io');
    expect(String(john.args.text)).toBe('CLEAR: dana@north.io');

    const listed = (await (await api(t, '/check', ['dana@north.io', 'other@north.io'])).json()) as {
      results: Record<string, unknown>[];
    };
    expect(listed.results[0]).toMatchObject({
      verdict: 'blocked',
      why: 'live_elsewhere',
      owner: people.john,
      ownerName: 'John Reed',
      live: { kind: 'sequence', sequence: 'Q4 outbound' },
    });
    expect(listed.results[1]).toMatchObject({ verdict: 'clear', why: 'free' });

    const claim = await t.command(people.maya, '/claim', 'dana@north.io');
    expect(String(claim.args.text)).toContain('Blocked: In *John Reed*');

    await api(t, '/activities', { type: 'sequence_pause', email: 'dana@north.io', member: people.john });
    const after = await t.command(people.maya, '/check', 'dana@north.io');
    expect(String(after.args.text)).toBe('CLEAR: dana@north.io');
  });

  test('when a contact replied recently, then whoever has that reply has the contact: others are blocked', async () => {
    const raw = Buffer.from(
      [
        'From: Kim Park <kim@south.io>',
        'To: sales@ourco.io',
        'Subject: Re: Outbound',
        'Message-ID: <live-reply-1@south.io>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Sounds interesting. What does it cost for a team of 12?',
      ].join('\r\n'),
    );
    const res = await ingestMail(t.app.deps, raw, { mailbox: 'INBOX' });
    expect(res.kind).toBe('stored');
    const owner = (await replyModel(t.app.deps.db).findById('live-reply-1@south.io').lean())?.owner;
    expect(owner).toBeDefined();
    const other = owner === people.priya ? people.maya : people.priya;
    const check = await t.command(other, '/check', 'kim@south.io');
    expect(String(check.args.text)).toBe('BLOCKED: kim@south.io');
    expect(blocksOf(check)).toContain('has that conversation');
    const own = await t.command(owner as string, '/check', 'kim@south.io');
    expect(String(own.args.text)).toBe('CLEAR: kim@south.io');
  });
});

describe('strict mode (claims.requireOwner)', () => {
  test('when nobody owns a target, then the pre-send check blocks it until someone claims it', async () => {
    const before = await strict.command(people.maya, '/check', 'nobody.io');
    expect(String(before.args.text)).toBe('BLOCKED: nobody.io');
    expect(blocksOf(before)).toContain('`/claim nobody.io` first');
    await strict.command(people.maya, '/claim', 'nobody.io');
    expect(String((await strict.command(people.maya, '/check', 'nobody.io')).args.text)).toBe(
      'CLEAR: nobody.io',
    );
  });
});
