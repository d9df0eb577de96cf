import { readFile } from 'node:fs/promises';
import type { ImapFlow } from 'imapflow';
import type { ImapConfig } from '../../src/config.js';
import { InboxReader } from '../../src/mail/inbox.js';
import { parseMail } from '../../src/mail/parse.js';
import { activityModel } from '../../src/store/activities.js';
import { liveClaim } from '../../src/store/claims.js';
import { contactFlagModel } from '../../src/store/contacts.js';
import { replyModel } from '../../src/store/replies.js';
import { roundRobinModel } from '../../src/store/round-robin.js';
import { retryPending, settleSends } from '../../src/usecases/notify.js';
import { storeReply } from '../../src/usecases/replies.js';
import { OOO_RESUME, resumeAfterOutOfOffice } from '../../src/usecases/reply-effects.js';
import { checkReplySlas } from '../../src/usecases/reply-sla.js';
import { replyActions, replyFields } from '../../src/views/ids.js';
import { valueIn } from '../support/dispute.js';
import { postApi, type TestApp } from '../support/harness.js';
import { mailboxFor, startInboxTestApp } from '../support/imap.js';
import { people, testPolicy } from '../support/policy.js';
import { eventually, waitUntil } from '../support/wait.js';

/**
 * The inbox end to end: mail APPENDed to a real Dovecot, read by the app's reader, stored,
 * classified, routed, and DMed through the emulated Slack Web API.
 */
let t: TestApp;
let imap: ImapConfig;
let admin: ImapFlow;
let stop: () => Promise<void>;
beforeAll(async () => {
  const policy = testPolicy({
    accounts: [
      { name: 'Globex', domains: ['globex.ru'], territory: 'west' },
      { name: 'Wonka', domains: ['wonka.ru'], territory: 'west' },
      { name: 'Umbrella', domains: ['umbrella.ru'], territory: 'west' },
    ],
  });
  ({ t, imap, admin, stop } = await startInboxTestApp('inbox_e2e', { policy, inbox: fastInbox }));
});
afterAll(() => stop());

const fastInbox = { resyncMs: 300, leaseMs: 3_000, backoffMs: { first: 100, max: 500 } };
const fixture = (name: string) => readFile(`test/fixtures/mail/${name}.eml`);
const deliver = async (raw: Buffer | string) => {
  await admin.append(imap.mailbox, raw);
};
/** The fixture with its Message-ID (and optionally sender) replaced, so each test has its own mail. */
const variant = async (name: string, id: string, replace: [string, string][] = []) => {
  let text = (await fixture(name)).toString('utf8').replace(/^Message-ID: .*$/m, `Message-ID: <${id}>`);
  for (const [from, to] of replace) text = text.split(from).join(to);
  return text;
};
const dmsTo = (user: string, subjectPart: string) =>
  t.slack
    .callsTo('chat.postMessage')
    .filter((c) => c.ok && c.args.channel === user && String(c.args.text).includes(subjectPart));
const recordOutbound = (body: Record<string, unknown>) => postApi(t, '/activities', body);

describe('replies from the shared inbox', () => {
  test('when a reply answers a rep’s sequence email on someone else’s account, then the account owner gets one DM with why and the SLA (even if the mail arrives twice), the sender’s sequence pauses and the sender is told', async () => {
    await t.command(people.sam, '/claim', 'acme.com');
    const res = await recordOutbound({
      type: 'outbound_email',
      email: 'jane@acme.com',
      member: people.john,
      messageId: '<outbound-1@ourco.io>',
      sequence: 'Q4 outbound',
    });
    expect(res.status).toBe(201);
    const mail = await fixture('interested-en');
    await deliver(mail);
    await waitUntil(() => dmsTo(people.sam, 'Cutting your onboarding').length === 1);
    // The DM is queued before the reply is marked routed (so a crash in between re-sends nothing).
    await waitUntil(
      async () => (await replyModel(t.app.deps.db).findById('reply-1@acme.com').lean())?.state === 'routed',
    );
    const reply = await replyModel(t.app.deps.db).findById('reply-1@acme.com').lean();
    // The account owner beats the rep whose email it answers.
    expect(reply).toMatchObject({ category: 'interested', owner: people.sam, state: 'routed' });
    expect(reply?.route?.explanation).toBe(
      'Sam Ortiz owns acme.com — beats John Reed (sent the email this answers, in sequence Q4 outbound)',
    );
    // No reply DM (with its buttons) for John: only the notice below.
    await settleSends(t.app.deps);
    expect(dmsTo(people.john, 'Cutting your onboarding').filter((c) => c.args.blocks)).toHaveLength(0);
    // John's sequence stops on Jane, and John hears whose reply it is.
    await waitUntil(() =>
      t.slack
        .callsTo('chat.postMessage')
        .some(
          (c) =>
            c.ok &&
            c.args.channel === people.john &&
            String(c.args.text).includes('Sam Ortiz owns acme.com, so the reply is theirs'),
        ),
    );
    expect(
      await activityModel(t.app.deps.db).countDocuments({
        type: 'sequence_pause',
        member: people.john,
        email: 'jane@acme.com',
      }),
    ).toBe(1);
    const dm = dmsTo(people.sam, 'Cutting your onboarding')[0];
    const shown = JSON.stringify(dm?.args.blocks);
    // Sam's own DM speaks to him; the audit keeps the sentence with his name.
    expect(shown).toContain('Why yours: You own acme.com');
    expect(shown).toContain('claimed by you (account');
    expect(shown).not.toContain('Sam Ortiz');
    expect(shown).toMatch(/SLA\*: reply due by .+ \(in \d/);
    expect(valueIn(dm?.args.blocks, replyActions.markReplied)).toBeUndefined(); // value is a Message-ID, not hex
    expect(shown).toContain(replyActions.markReplied);

    await deliver(mail); // the same Message-ID again: redelivery
    await deliver(await variant('ooo-headers', 'after-dup@globex.ru'));
    await waitUntil(async () => !!(await replyModel(t.app.deps.db).findById('after-dup@globex.ru').lean()));
    expect(await replyModel(t.app.deps.db).countDocuments({ _id: 'reply-1@acme.com' })).toBe(1);
    expect(dmsTo(people.sam, 'Cutting your onboarding')).toHaveLength(1);
  });

  test('when a reply tries to ping a channel or a person, then the DM shows it as text', async () => {
    await deliver(await fixture('ping'));
    await waitUntil(
      async () => !!(await replyModel(t.app.deps.db).findById('reply-6@acme.com').lean())?.owner,
    );
    const owner = (await replyModel(t.app.deps.db).findById('reply-6@acme.com').lean())?.owner as string;
    await waitUntil(() =>
      t.slack
        .callsTo('chat.postMessage')
        .some((c) => c.ok && c.args.channel === owner && String(c.args.text).includes('urgent')),
    );
    const dm = t.slack
      .callsTo('chat.postMessage')
      .find((c) => c.args.channel === owner && String(c.args.text).includes('urgent'));
    const all = JSON.stringify(dm?.args);
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<@U01SAM>');
    expect(all).toContain('&lt;!channel&gt;');
  });

  test('when a mail cannot be parsed, then triage hears why and the next mail is still read', async () => {
    await deliver(await fixture('no-from'));
    await deliver(await variant('ru-not-interested', 'after-broken@globex.ru'));
    await waitUntil(() =>
      t.slack
        .callsTo('chat.postMessage')
        .some(
          (c) => c.ok && c.args.channel === 'C04TRIAGE' && String(c.args.text).includes('no From address'),
        ),
    );
    await waitUntil(
      async () =>
        (await replyModel(t.app.deps.db).findById('after-broken@globex.ru').lean())?.state === 'routed',
    );
  });

  test('when someone unsubscribes or a mail bounces, then the contact is suppressed team-wide, compliance hears of the unsubscribe, and nobody is DMed for the bounce', async () => {
    await deliver(await variant('unsubscribe-and-not-interested', 'unsub-1@initech.com'));
    await deliver(await fixture('bounce-dsn'));
    await waitUntil(async () => (await contactFlagModel(t.app.deps.db).countDocuments({})) >= 2);
    await eventually(async () => {
      expect(await contactFlagModel(t.app.deps.db).findById('bob@initech.com').lean()).toMatchObject({
        status: 'unsubscribed',
      });
      expect(await contactFlagModel(t.app.deps.db).findById('old.cto@acme.com').lean()).toMatchObject({
        status: 'bounced',
      });
    });
    await waitUntil(() =>
      t.slack
        .callsTo('chat.postMessage')
        .some((c) => c.args.channel === people.rita && String(c.args.text).includes('bob@initech.com')),
    );
    await eventually(async () =>
      expect((await replyModel(t.app.deps.db).findById('dsn-1@mx.acme.com').lean())?.state).toBe('closed'),
    );
    const check = await t.command(people.maya, '/check', 'bob@initech.com');
    expect(String(check.args.text)).toBe('BLOCKED: bob@initech.com');
  });

  test('when replies come from two territory accounts nobody owns, then the territory’s reps take turns, and each account is then its rep’s', async () => {
    await deliver(await variant('ru-interested', 'rr-1@wonka.ru', [['ivan@globex.ru', 'a@wonka.ru']]));
    await deliver(await variant('ru-interested', 'rr-2@umbrella.ru', [['ivan@globex.ru', 'b@umbrella.ru']]));
    const ids = ['rr-1@wonka.ru', 'rr-2@umbrella.ru'];
    let owners: (string | undefined)[] = [];
    await waitUntil(async () => {
      owners = (
        await replyModel(t.app.deps.db)
          .find({ _id: { $in: ids } })
          .lean()
      ).map((r) => r.owner);
      return owners.length === 2 && owners.every(Boolean);
    });
    // Who gets each turn depends on who is working now (a rep off hours hands it to their
    // backup); that each reply took its own turn does not.
    const turns = await roundRobinModel(t.app.deps.db)
      .find({ territory: 'west', replyId: { $in: ids } })
      .lean();
    const [a, b] = turns.map((x) => x.n).sort((x, y) => x - y);
    expect(turns).toHaveLength(2);
    expect((b as number) - (a as number)).toBe(1); // consecutive turns, one each
    const first = await replyModel(t.app.deps.db).findById('rr-1@wonka.ru').lean();
    // "is next in territory west (round robin)", or "covers for Sam Ortiz, next in …" when Sam's
    // New York day has not begun.
    expect(first?.route?.why).toMatch(/next in territory west \(round robin/);

    // The rep who got the conversation holds the account now: the next reply from it is theirs.
    await waitUntil(async () => !!(await liveClaim(t.app.deps.db, 'account:wonka.ru')));
    expect((await liveClaim(t.app.deps.db, 'account:wonka.ru'))?.owner).toBe(first?.owner);
    await deliver(await variant('ru-interested', 'rr-3@wonka.ru', [['ivan@globex.ru', 'c@wonka.ru']]));
    await waitUntil(
      async () => (await replyModel(t.app.deps.db).findById('rr-3@wonka.ru').lean())?.state === 'routed',
    );
    const third = await replyModel(t.app.deps.db).findById('rr-3@wonka.ru').lean();
    expect(third?.owner).toBe(first?.owner);
    expect(third?.route?.step).toBe('account');
  });

  test('when the owner marks it replied or says not mine, then the DM is edited, or it moves to the next candidate', async () => {
    const dmsBefore = dmsTo(people.sam, 'Cutting your onboarding').length;
    await deliver(
      await variant('interested-en', 'buttons-1@acme.com', [
        ['outbound-1@ourco.io', 'outbound-none@ourco.io'],
      ]),
    );
    await waitUntil(
      async () => !!(await replyModel(t.app.deps.db).findById('buttons-1@acme.com').lean())?.owner,
    );
    const reply = await replyModel(t.app.deps.db).findById('buttons-1@acme.com').lean();
    expect(reply?.owner).toBe(people.sam); // account owner of acme.com; no thread
    await waitUntil(() => dmsTo(people.sam, 'Cutting your onboarding').length === dmsBefore + 1);

    await t.requests.blockAction(
      people.maya,
      { action_id: replyActions.notMine, value: 'buttons-1@acme.com' },
      { channel: `D${people.maya}`, messageTs: '1.1' },
    );
    await t.slack.waitForCall(
      'response_url',
      (c) => c.args.user === people.maya && String(c.args.text).includes('Sam Ortiz'),
    );

    await t.requests.blockAction(
      people.sam,
      { action_id: replyActions.markReplied, value: 'buttons-1@acme.com' },
      { channel: `D${people.sam}`, messageTs: '1.1' },
    );
    await waitUntil(() =>
      t.slack
        .callsTo('chat.update')
        .some((c) => c.ok && JSON.stringify(c.args.blocks).includes('Replied in')),
    );
    await eventually(async () =>
      expect((await replyModel(t.app.deps.db).findById('buttons-1@acme.com').lean())?.state).toBe('replied'),
    );
    // Answering by hand is Sam's outbound to Jane, recorded once.
    await eventually(async () =>
      expect(
        await activityModel(t.app.deps.db).find({ messageId: 'manual-reply:buttons-1@acme.com' }).lean(),
      ).toEqual([
        expect.objectContaining({ type: 'outbound_email', member: people.sam, email: 'jane@acme.com' }),
      ]),
    );
    await t.requests.blockAction(
      people.sam,
      { action_id: replyActions.markReplied, value: 'buttons-1@acme.com' },
      { channel: `D${people.sam}`, messageTs: '1.1' },
    );
    await t.slack.waitForCall(
      'response_url',
      (c) => c.args.user === people.sam && String(c.args.text).startsWith('Already marked replied'),
    );
    // Not mine after replying would hand an answered reply to a second rep: refused, nothing moves.
    await t.requests.blockAction(
      people.sam,
      { action_id: replyActions.notMine, value: 'buttons-1@acme.com' },
      { channel: `D${people.sam}`, messageTs: '1.1' },
    );
    await t.slack.waitForCall(
      'response_url',
      (c) =>
        c.args.user === people.sam && String(c.args.text).includes('marked this reply as replied already'),
    );
    const after = await replyModel(t.app.deps.db).findById('buttons-1@acme.com').lean();
    expect([after?.state, after?.owner, after?.declinedBy]).toEqual(['replied', people.sam, []]);
  });

  test('when Slack fails the DM, then it is retried from stored state and sent once', async () => {
    // One send to Lea, the owner below: the call and its three client retries. (Other messages
    // about this reply go out at the same moment and must not take these failures.)
    t.slack.failNext(4, { status: 500, channel: people.lea });
    await deliver(await variant('legal', 'slackdown-1@umbrella.com'));
    await waitUntil(
      async () =>
        (await replyModel(t.app.deps.db).findById('slackdown-1@umbrella.com').lean())?.state === 'routed',
    );
    await settleSends(t.app.deps);
    const owner = (await replyModel(t.app.deps.db).findById('slackdown-1@umbrella.com').lean())
      ?.owner as string;
    expect(owner).toBe(people.lea); // legal goes to the owner's lead (fallback owner Lea leads east)
    const delivered = () =>
      t.slack
        .callsTo('chat.postMessage')
        .filter((c) => c.ok && c.args.channel === owner && String(c.args.text).includes('Your email'));
    expect(delivered()).toHaveLength(0); // Slack answered 500 four times: the DM waits in the outbox
    await retryPending({ ...t.app.deps, clock: { now: () => new Date(Date.now() + 3_600_000) } });
    await waitUntil(
      () =>
        t.slack
          .callsTo('chat.postMessage')
          .filter((c) => c.ok && c.args.channel === owner && String(c.args.text).includes('Your email'))
          .length === 1,
    );
  });

  test('when the app stopped after storing a reply but before the DM, then the next reader start delivers it', async () => {
    const mail = await parseMail(
      Buffer.from(await variant('ru-interested', 'crash-1@globex.ru', [['ivan@globex.ru', 'c@globex.ru']])),
      'x',
    );
    await storeReply(t.app.deps, mail, { mailbox: imap.mailbox });
    expect((await replyModel(t.app.deps.db).findById('crash-1@globex.ru').lean())?.state).toBe('stored');
    const second = new InboxReader(
      t.app.deps,
      { ...imap, mailbox: await mailboxFor('inbox_e2e_restart') },
      fastInbox,
    );
    second.start();
    try {
      await waitUntil(
        async () =>
          (await replyModel(t.app.deps.db).findById('crash-1@globex.ru').lean())?.state === 'routed',
      );
    } finally {
      await second.stop();
    }
  });

  test('when half the SLA is gone and then it is breached, then the DM is edited once per milestone and the backup and lead are told of the breach', async () => {
    const id = 'sla-1@acme.com';
    await deliver(await variant('interested-en', id, [['outbound-1@ourco.io', 'outbound-sla@ourco.io']]));
    await waitUntil(async () => (await replyModel(t.app.deps.db).findById(id).lean())?.state === 'routed');
    const r = await replyModel(t.app.deps.db).findById(id).lean();
    if (!r?.dueAt) throw new Error('an interested reply has an SLA');
    expect(r.owner).toBe(people.sam);
    const at = (ms: number) => ({ ...t.app.deps, clock: { now: () => new Date(ms) } });
    const received = r.receivedAt.getTime();
    const due = r.dueAt.getTime();
    const editsOfDm = () =>
      t.slack.callsTo('chat.update').filter(
        // This reply's DM (its buttons carry its Message-ID): Sam has other replies open too.
        (c) => c.ok && c.args.channel === `D${people.sam}` && JSON.stringify(c.args.blocks).includes(id),
      );
    await waitUntil(() => dmsTo(people.sam, 'Cutting your onboarding').length >= 1);
    const before = editsOfDm().length;

    const half = received + (due - received) * 0.6;
    await checkReplySlas(at(half));
    await checkReplySlas(at(half + 1000));
    await waitUntil(() => editsOfDm().length === before + 1);
    await eventually(async () =>
      expect((await replyModel(t.app.deps.db).findById(id).lean())?.milestone).toBe('half'),
    );

    await checkReplySlas(at(due + 60_000));
    await waitUntil(() => editsOfDm().length === before + 2);
    expect(JSON.stringify(editsOfDm().at(-1)?.args.blocks)).toContain('SLA breached');
    for (const who of [people.maya, people.lea])
      await waitUntil(() =>
        t.slack
          .callsTo('chat.postMessage')
          .some((c) => c.ok && c.args.channel === who && String(c.args.text).startsWith('SLA breached')),
      );
    await checkReplySlas(at(due + 120_000));
    expect(editsOfDm()).toHaveLength(before + 2);
  });

  test('when the owner reassigns a reply, then the form needs someone and a reason, the new owner gets it with a fresh SLA, and the next reply in that conversation stays with them', async () => {
    const id = 'reassign-1@acme.com';
    await deliver(await variant('interested-en', id, [['outbound-1@ourco.io', 'outbound-re@ourco.io']]));
    await waitUntil(async () => (await replyModel(t.app.deps.db).findById(id).lean())?.state === 'routed');
    await waitUntil(() =>
      t.slack.messages.some(
        (m) => m.channel === `D${people.sam}` && JSON.stringify(m.blocks ?? []).includes(id),
      ),
    );
    await t.requests.blockAction(
      people.sam,
      { action_id: replyActions.reassign, value: id },
      { channel: `D${people.sam}`, messageTs: '1.1' },
    );
    const modal = await t.slack.waitForCall('views.open', (c) =>
      String((c.args.view as { private_metadata: string }).private_metadata).includes(id),
    );
    const submit = (to: string | null, reason: string) =>
      t.requests.viewSubmission(people.sam, modal.args.view as Record<string, unknown>, {
        [replyFields.member.block]: {
          [replyFields.member.action]: { type: 'users_select', selected_user: to },
        },
        [replyFields.reason.block]: {
          [replyFields.reason.action]: { type: 'plain_text_input', value: reason },
        },
      });
    const bad = (await submit(people.stranger, '')).json() as { errors: Record<string, string> };
    expect(Object.keys(bad.errors).sort()).toEqual(
      [replyFields.member.block, replyFields.reason.block].sort(),
    );
    expect((await submit(people.maya, 'Maya speaks German with them')).status).toBe(200);
    await waitUntil(async () => (await replyModel(t.app.deps.db).findById(id).lean())?.owner === people.maya);
    const r = await replyModel(t.app.deps.db).findById(id).lean();
    expect(r?.route?.why).toBe('reassigned by Sam Ortiz: Maya speaks German with them');
    expect(r?.dueAt).toBeDefined();
    await waitUntil(() =>
      t.slack.messages.some(
        (m) => m.channel === `D${people.maya}` && JSON.stringify(m.blocks ?? []).includes(id),
      ),
    );

    // The prospect answers in the same conversation: it stays with Maya (the thread is sticky),
    // though Sam owns acme.com.
    const next = 'reassign-2@acme.com';
    await deliver(await variant('interested-en', next, [['outbound-1@ourco.io', id]]));
    await waitUntil(async () => (await replyModel(t.app.deps.db).findById(next).lean())?.state === 'routed');
    const followUp = await replyModel(t.app.deps.db).findById(next).lean();
    expect([followUp?.owner, followUp?.route?.step]).toEqual([people.maya, 'thread']);
    expect(followUp?.route?.explanation).toMatch(/^Maya Klein owns this thread/);

    // Later, an answer to our own answer: In-Reply-To names a message never stored here, and
    // References starts with the conversation's first email, which the first reply answered.
    const later = 'reassign-3@acme.com';
    await deliver(
      await variant('interested-en', later, [
        ['In-Reply-To: <outbound-1@ourco.io>', 'In-Reply-To: <our-answer-3@ourco.io>'],
        ['References: <outbound-1@ourco.io>', 'References: <outbound-re@ourco.io> <our-answer-3@ourco.io>'],
      ]),
    );
    await waitUntil(async () => (await replyModel(t.app.deps.db).findById(later).lean())?.state === 'routed');
    const third = await replyModel(t.app.deps.db).findById(later).lean();
    expect([third?.owner, third?.route?.step]).toEqual([people.maya, 'thread']);
  });

  test('when an out-of-office reply names a return date, then the contact’s sequences pause and a job resumes them then; brand risk goes to RevOps', async () => {
    const res = await recordOutbound({
      type: 'sequence_start',
      email: 'olga@umbrella.com',
      member: people.john,
      sequence: 'Q4 outbound',
    });
    expect(res.status).toBe(201);
    const id = 'ooo-olga@umbrella.com';
    // The return date a month from now, whenever the suite runs: the fixture's own date (3 December
    // 2026) turned due on that day, so Agenda ran the job (and removed it) before it was looked at.
    const back = new Date(Date.now() + 30 * 86_400_000);
    const dd = (n: number) => String(n).padStart(2, '0');
    const backText = `${dd(back.getUTCDate())}.${dd(back.getUTCMonth() + 1)}.${back.getUTCFullYear()}`;
    await deliver(
      await variant('ooo-headers', id, [
        ['ivan@globex.ru', 'olga@umbrella.com'],
        ['03.12.2026', backText],
        ['Mon, 23 Nov 2026 10:06:00 +0000', new Date().toUTCString()],
      ]),
    );
    await waitUntil(async () => (await replyModel(t.app.deps.db).findById(id).lean())?.state === 'closed');
    const paused = () => activityModel(t.app.deps.db).findById(`reply:${id}:pause:${people.john}`).lean();
    await waitUntil(async () => !!(await paused()));
    const jobs = await t.app.deps.jobs.agenda.queryJobs({ name: OOO_RESUME });
    const job = jobs.jobs.find((j) => (j.data as { replyId: string }).replyId === id);
    expect(job?.nextRunAt?.toISOString().slice(0, 10)).toBe(back.toISOString().slice(0, 10));
    await resumeAfterOutOfOffice(t.app.deps, id);
    expect(
      await activityModel(t.app.deps.db).findById(`reply:${id}:resume:${people.john}`).lean(),
    ).toMatchObject({
      type: 'sequence_resume',
      email: 'olga@umbrella.com',
    });

    await deliver(
      (await variant('ru-not-interested', 'brand-1@globex.ru')).replace(
        'Спасибо, нет, нам это не интересно.',
        'This is spam. I will post about you on LinkedIn.',
      ),
    );
    await waitUntil(() =>
      t.slack
        .callsTo('chat.postMessage')
        .some((c) => c.ok && c.args.channel === 'C03REVOPS' && String(c.args.text).startsWith('Brand risk')),
    );
  });
});
