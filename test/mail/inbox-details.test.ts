import { readFile } from 'node:fs/promises';
import type { ImapFlow } from 'imapflow';
import type { Label } from '../../scripts/corpus/build.js';
import type { ImapConfig } from '../../src/config.js';
import { claimModel } from '../../src/store/claims.js';
import { contactFlagModel } from '../../src/store/contacts.js';
import { type Reply, replyModel } from '../../src/store/replies.js';
import { FOLLOW_UP_REMINDER, remindFollowUp } from '../../src/usecases/reply-follow-up.js';
import { replyActions } from '../../src/views/ids.js';
import { postApi, type TestApp } from '../support/harness.js';
import { startInboxTestApp } from '../support/imap.js';
import { people, testPolicy } from '../support/policy.js';
import { eventually, waitUntil } from '../support/wait.js';

/**
 * What the classifier's details do, end to end through Dovecot and the Slack emulation:
 * referrals get a claim button, "not now" a reminder, legal threats reach compliance, and only
 * permanent bounces suppress a contact (delivery reports without a From included).
 */
let t: TestApp;
let imap: ImapConfig;
let admin: ImapFlow;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ t, imap, admin, stop } = await startInboxTestApp('inbox_details', {
    policy: testPolicy(),
    inbox: { resyncMs: 300, leaseMs: 3_000, backoffMs: { first: 100, max: 500 } },
  }));
});
afterAll(() => stop());

const mail = (id: string, from: string, text: string, date = 'Mon, 23 Nov 2026 10:10:00 +0000') =>
  [
    `From: ${from}`,
    'To: Sam Ortiz <sam@ourco.io>',
    'Subject: Re: Quick question about your outbound',
    `Message-ID: <${id}>`,
    `Date: ${date}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '',
    'On Mon, Nov 23, 2026 at 8:00 AM Sam Ortiz <sam@ourco.io> wrote:',
    '> Would a demo make sense? Reply unsubscribe to stop.',
  ].join('\r\n');
const deliver = (raw: Buffer | string) => admin.append(imap.mailbox, raw);
/** A whole-mail fixture as a new mail from someone at an account the test policy knows. */
const fixtureFrom = async (path: string, id: string, was: RegExp, sender: string) =>
  Buffer.from(
    (await readFile(path, 'latin1')).replace(/^Message-ID: .*$/m, `Message-ID: <${id}>`).replace(was, sender),
    'latin1',
  );
/** The owner's DM about this reply (the owner may have had others in this file before it). */
const dmAbout = (reply: Reply, id: string) =>
  t.slack.waitForCall(
    'chat.postMessage',
    (c) => c.ok && c.args.channel === reply.owner && JSON.stringify(c.args.blocks ?? []).includes(id),
  );
const routed = async (id: string) => {
  let reply: Reply | null = null;
  await waitUntil(async () => {
    reply = await replyModel(t.app.deps.db).findById(id).lean<Reply>();
    return reply?.state === 'routed' || reply?.state === 'closed';
  });
  return reply as unknown as Reply;
};

describe('reply details in action', () => {
  test('when a reply points to a colleague, then the owner’s DM names them with a Claim button that claims the contact', async () => {
    const id = 'referral-1@initech.com';
    await deliver(
      mail(id, 'Kim Park <kim@initech.com>', 'Wrong person, talk to Dana Lopez (dana.lopez@initech.com).'),
    );
    const reply = await routed(id);
    expect(reply.intent).toEqual({
      kind: 'referral',
      people: [{ email: 'dana.lopez@initech.com', name: 'Dana Lopez' }],
    });
    const owner = reply.owner as string;
    const dm = await t.slack.waitForCall('chat.postMessage', (c) => c.ok && c.args.channel === owner);
    expect(JSON.stringify(dm.args.blocks)).toContain('Dana Lopez (dana.lopez@initech.com)');
    expect(JSON.stringify(dm.args.blocks)).toContain(
      `"action_id":"${replyActions.claimReferral}","value":"${id} dana.lopez@initech.com"`,
    );

    await t.requests.blockAction(
      owner,
      { action_id: replyActions.claimReferral, value: `${id} dana.lopez@initech.com` },
      { channel: `D${owner}`, messageTs: '1.1' },
    );
    await eventually(async () =>
      expect(
        await claimModel(t.app.deps.db).findOne({ email: 'dana.lopez@initech.com', status: 'active' }).lean(),
      ).toMatchObject({ owner, level: 'contact', note: 'referred in a reply from kim@initech.com' }),
    );
  });

  test('when a reply says "not now, ping me in March", then a reminder is scheduled for that day and the reminder DM is sent once', async () => {
    const id = 'not-now-1@umbrella.com';
    // Sent now, whenever the suite runs: "March" is then the next 1 March, still ahead, so Agenda
    // does not run the reminder (and remove it, finished) before the test looks for it.
    const now = new Date();
    const march = `${now.getUTCFullYear() + (now.getUTCMonth() >= 2 ? 1 : 0)}-03-01`;
    await deliver(
      mail(id, 'emily@umbrella.com', 'Not now, we are mid-reorg. Ping me in March.', now.toUTCString()),
    );
    const reply = await routed(id);
    expect(reply).toMatchObject({
      category: 'not_interested',
      intent: { kind: 'not_now', followUp: march },
    });
    await eventually(async () => {
      const { jobs } = await t.app.deps.jobs.agenda.queryJobs({ name: FOLLOW_UP_REMINDER });
      const mine = jobs.filter((j) => (j.data as { replyId: string }).replyId === id);
      expect(mine).toHaveLength(1);
      expect(mine[0]?.nextRunAt?.toISOString().slice(0, 10)).toBe(march);
    });
    await remindFollowUp(t.app.deps, id);
    await remindFollowUp(t.app.deps, id);
    await t.slack.waitForCall(
      'chat.postMessage',
      (c) => c.ok && c.args.channel === reply.owner && String(c.args.text).includes('Time to follow up'),
    );
    const reminders = t.slack
      .callsTo('chat.postMessage')
      .filter(
        (c) =>
          c.ok && String(c.args.text).includes('Time to follow up') && String(c.args.text).includes('emily@'),
      );
    expect(reminders).toHaveLength(1);
  });

  test('when a reply threatens legal action, then compliance hears of it', async () => {
    const id = 'legal-1@hooli.com';
    await deliver(
      mail(
        id,
        'raj@hooli.com',
        'This is unsolicited commercial email in violation of CAN-SPAM; further messages will be referred to our attorneys.',
      ),
    );
    await routed(id);
    await t.slack.waitForCall(
      'chat.postMessage',
      (c) =>
        c.ok &&
        c.args.channel === people.rita &&
        String(c.args.text).includes('Legal threat in a reply from raj@hooli.com'),
    );
  });

  test('when a permanent bounce without a From and a delay warning arrive, then only the permanent one suppresses its address and nobody is DMed', async () => {
    const dir = 'test/fixtures/replies/tune';
    const labels = JSON.parse(await readFile(`${dir}/labels.json`, 'utf8')) as Record<string, Label>;
    const postfix = Object.entries(labels).filter(([, l]) => l.writer === 'postfix');
    const [permanentFile, permanent] = postfix[1] as [string, Label]; // variant 1: no From header
    const [delayFile, delay] = postfix.find(([, l]) => !l.permanent) as [string, Label];
    const permanentRaw = await readFile(`${dir}/${permanentFile}`, 'utf8');
    expect(permanentRaw.split('\r\n\r\n')[0]).not.toMatch(/^From:/m);
    await deliver(permanentRaw);
    await deliver(
      (await readFile(`${dir}/${delayFile}`, 'utf8')).replace(
        delay.bounced as string,
        'still.there@contoso.de',
      ),
    );
    await waitUntil(
      async () =>
        (await replyModel(t.app.deps.db).countDocuments({ category: 'bounce', state: 'closed' })) === 2,
    );
    expect(await contactFlagModel(t.app.deps.db).findById(permanent.bounced).lean()).toMatchObject({
      status: 'bounced',
    });
    expect(await contactFlagModel(t.app.deps.db).findById('still.there@contoso.de').lean()).toBeNull();
    expect(
      t.slack.callsTo('chat.postMessage').filter((c) => String(c.args.text).toLowerCase().includes('bounce')),
    ).toEqual([]);
  });

  test('when a reply loops in a colleague who is only in the Cc, then the owner’s DM offers to claim that colleague', async () => {
    const id = 'cc-referral-1@initech.com';
    const raw = mail(
      id,
      'Kim Park <kim@initech.com>',
      'Looping in Rachel who owns our sales tooling.',
    ).replace(
      'To: Sam Ortiz <sam@ourco.io>',
      'To: Sam Ortiz <sam@ourco.io>\r\nCc: Rachel Green <rachel.green@initech.com>',
    );
    await deliver(raw);
    const reply = await routed(id);
    expect(reply.intent).toEqual({
      kind: 'referral',
      people: [{ email: 'rachel.green@initech.com', name: 'Rachel Green' }],
    });
    const dm = await dmAbout(reply, id);
    expect(JSON.stringify(dm.args.blocks)).toContain(
      `"action_id":"${replyActions.claimReferral}","value":"${id} rachel.green@initech.com"`,
    );
  });

  test('when a read receipt arrives, then it is an automatic notice and nobody is DMed about it', async () => {
    const id = 'read-receipt-1@initech.com';
    const raw = mail(
      id,
      'Kim Park <kim@initech.com>',
      'Your message\r\n\r\nTo: Kim Park\r\nSubject: Quick question\r\n\r\nwas read on Monday, November 23, 2026 10:15 AM.',
    ).replace(
      'Subject: Re: Quick question about your outbound',
      'Subject: Read: Quick question about your outbound',
    );
    await deliver(raw);
    const reply = await routed(id);
    expect([reply.category, reply.intent]).toEqual(['out_of_office', { kind: 'auto_ack' }]);
    // Closed on arrival: no owner's DM is queued and no SLA runs (only a person's reply is "routed").
    expect(reply.state).toBe('closed');
  });

  test("when a marketing platform's thank-you with a List-Unsubscribe header offers a demo, then it is closed as an acknowledgement and nobody is DMed", async () => {
    const id = 'thanks-1@lumen-analytics.io';
    const raw = mail(
      id,
      'Lumen Analytics <hello@lumen-analytics.io>',
      "Thanks for reaching out! We're excited to learn more about you.\r\n\r\nInterested in seeing Lumen in action? Book a demo: https://lumen-analytics.io/demo",
    ).replace('Content-Type:', 'List-Unsubscribe: <https://lumen-analytics.io/u?id=1>\r\nContent-Type:');
    await deliver(raw);
    const reply = await routed(id);
    expect([reply.category, reply.intent]).toEqual(['out_of_office', { kind: 'auto_ack' }]);
    expect(reply.state).toBe('closed');
  });

  test('when a sender check asks us to prove we are human, then it is closed as a notice: no stop, no brand, the contact untouched', async () => {
    const id = 'sender-check-1@initech.com';
    const raw = mail(
      id,
      'Lee Wong <lee@initech.com>',
      "Hi, I'm protecting my inbox from spam. Please click the link below to verify you are a human and your message will be delivered.",
    ).replace('Content-Type:', 'Auto-Submitted: auto-replied\r\nContent-Type:');
    await deliver(raw);
    const reply = await routed(id);
    expect([reply.category, reply.intent, reply.flags?.brand]).toEqual([
      'out_of_office',
      { kind: 'auto_ack' },
      undefined,
    ]);
    expect(reply.state).toBe('closed');
    expect(await contactFlagModel(t.app.deps.db).findById('lee@initech.com').lean()).toBeNull();
  });

  test('when an auto-reply says the contact left and names a successor, then the owner gets a DM with a Claim button for them, with no SLA and no return date', async () => {
    const id = 'left-1@initech.com';
    const raw = mail(
      id,
      'Kate Lin <kate.lin@initech.com>',
      'Thank you for your message. I am no longer with Initech as of October 30. For sales operations please contact my successor, Dana Whitfield, at dana.whitfield@initech.com.',
    ).replace('Content-Type:', 'Auto-Submitted: auto-replied\r\nContent-Type:');
    await deliver(raw);
    const reply = await routed(id);
    expect(reply).toMatchObject({
      category: 'out_of_office',
      intent: { kind: 'referral', people: [{ email: 'dana.whitfield@initech.com', name: 'Dana Whitfield' }] },
      state: 'routed',
    });
    // "As of October 30" is when they left, not when they are back: nothing resumes their sequences.
    expect(reply.returnDate).toBeUndefined();
    expect(reply.dueAt).toBeUndefined();
    const dm = await dmAbout(reply, id);
    const blocks = JSON.stringify(dm.args.blocks);
    expect(blocks).toContain('They have left the company');
    expect(blocks).toContain(`"value":"${id} dana.whitfield@initech.com"`);
    expect(blocks).toContain('No reply needed.');
    // An automatic reply is no live conversation: nobody's claim is made from it.
    expect(await claimModel(t.app.deps.db).findOne({ email: 'kate.lin@initech.com' }).lean()).toBeNull();
  });

  test('when a prospect writes from a new address and says yes, then the owner hears an interested reply with a Claim button for it', async () => {
    const id = 'moved-1@initech.com';
    await deliver(
      mail(
        id,
        'Maya Cole <maya@initech.com>',
        "Hey, you emailed my old address — I'm at maya@newco.com now, and yes I'm still interested.",
      ),
    );
    const reply = await routed(id);
    expect([reply.category, reply.intent]).toEqual([
      'interested',
      { kind: 'referral', people: [{ email: 'maya@newco.com' }] },
    ]);
    const dm = await dmAbout(reply, id);
    expect(JSON.stringify(dm.args.blocks)).toContain(`"value":"${id} maya@newco.com"`);
  });
  test('when a prospect asks not to be emailed at this address and gives a new one, then this one is suppressed and the owner gets a Claim button for the new one', async () => {
    const id = 'moved-stop-1@initech.com';
    await deliver(
      mail(
        id,
        'Omar Haddad <omar@initech.com>',
        "Please don't email this address anymore, I'm at omar@newco.com now.",
      ),
    );
    const reply = await routed(id);
    expect([reply.category, reply.intent]).toEqual([
      'unsubscribe',
      { kind: 'referral', people: [{ email: 'omar@newco.com' }] },
    ]);
    await eventually(async () =>
      expect(await contactFlagModel(t.app.deps.db).findById('omar@initech.com').lean()).toMatchObject({
        status: 'unsubscribed',
      }),
    );
    const dm = await dmAbout(reply, id);
    const blocks = JSON.stringify(dm.args.blocks);
    expect(blocks).toContain('They asked to stop at this address');
    expect(blocks).toContain(`"value":"${id} omar@newco.com"`);
    // Nobody else is suppressed for it.
    expect(await contactFlagModel(t.app.deps.db).findById('omar@newco.com').lean()).toBeNull();
  });

  test('when a colleague asks us to remove the address of someone who left, then that address is suppressed and compliance told, and the colleague is not', async () => {
    const id = 'stop-for-other-1@initech.com';
    await deliver(
      mail(
        id,
        'Kim Park <kim@initech.com>',
        'Please remove john.doe@initech.com from your list, he left the company in June.',
      ),
    );
    const reply = await routed(id);
    expect([reply.category, reply.stopsFor]).toEqual(['other', ['john.doe@initech.com']]);
    await eventually(async () =>
      expect(await contactFlagModel(t.app.deps.db).findById('john.doe@initech.com').lean()).toMatchObject({
        status: 'unsubscribed',
      }),
    );
    await t.slack.waitForCall(
      'chat.postMessage',
      (c) =>
        c.ok &&
        c.args.channel === people.rita &&
        String(c.args.text).includes('kim@initech.com asked us to stop mailing john.doe@initech.com'),
    );
    const blocks = JSON.stringify((await dmAbout(reply, id)).args.blocks);
    expect(blocks).toContain('They asked us to stop mailing');
    // The colleague who asked stays reachable, and nobody is offered the address they removed.
    expect(await contactFlagModel(t.app.deps.db).findById('kim@initech.com').lean()).toBeNull();
    expect(blocks).not.toContain(`"value":"${id} john.doe@initech.com"`);
  });

  test('when an assistant asks us to remove her boss, in answer to our email to him, then he is suppressed and she is not', async () => {
    const id = 'assistant-stop-1@initech.com';
    const sent = await postApi(t, '/activities', {
      type: 'outbound_email',
      email: 'bill.lumbergh@initech.com',
      member: people.john,
      messageId: '<to-bill-1@ourco.io>',
    });
    expect(sent.status).toBe(201);
    await deliver(
      mail(
        id,
        'Nina Wright <nina@initech.com>',
        'Hello,\n\nI am writing on behalf of Mr. Lumbergh. He has asked me to request that you remove him from your mailing list.\n\nKind regards,\nExecutive Assistant to the CEO',
      ).replace('Date: ', 'In-Reply-To: <to-bill-1@ourco.io>\r\nDate: '),
    );
    const reply = await routed(id);
    expect([reply.category, reply.stopAskedForAnother, reply.stopsFor]).toEqual([
      'other',
      true,
      ['bill.lumbergh@initech.com'],
    ]);
    await eventually(async () =>
      expect(
        await contactFlagModel(t.app.deps.db).findById('bill.lumbergh@initech.com').lean(),
      ).toMatchObject({
        status: 'unsubscribed',
      }),
    );
    expect(JSON.stringify((await dmAbout(reply, id)).args.blocks)).toContain(
      'They asked us to stop mailing* bill.lumbergh@initech.com',
    );
    expect(await contactFlagModel(t.app.deps.db).findById('nina@initech.com').lean()).toBeNull();
  });

  test('when a prospect accepts the demo in Google Calendar, then the owner hears an interested reply, not the template’s "No"', async () => {
    const id = 'calendar-accept-1@google.com';
    await deliver(
      await fixtureFrom('examples/replies/demo-accepted.eml', id, /jane@acme\.com/g, 'lena@globex.com'),
    );
    const reply = await routed(id);
    expect([reply.category, reply.state, reply.signals[0]]).toEqual([
      'interested',
      'routed',
      'calendar:accepted',
    ]);
    const owner = reply.owner as string;
    const dm = await t.slack.waitForCall(
      'chat.postMessage',
      (c) =>
        c.ok && c.args.channel === owner && JSON.stringify(c.args.blocks ?? []).includes('lena@globex.com'),
    );
    expect(JSON.stringify(dm.args.blocks)).toContain("I'll bring our security lead along");
  });

  test("when a newsletter from a known account ends in its own 'unsubscribe from this list', then it is nobody's answer: no stop, no flag, the sender untouched", async () => {
    const id = 'newsletter-1@initech.com';
    await deliver(
      [
        'From: Initech News <news@initech.com>',
        'To: Sam Ortiz <sam@ourco.io>',
        'Subject: Our winter release is here',
        `Message-ID: <${id}>`,
        'Date: Mon, 23 Nov 2026 10:10:00 +0000',
        'List-Unsubscribe: <https://initech.com/unsubscribe?u=1>',
        'Precedence: bulk',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Hi Sam,',
        '',
        'Our winter release is live: faster reports and a new API. Book a demo at initech.com/demo.',
        '',
        'You are receiving this email because you opted in via our website.',
        'You can update your preferences or unsubscribe from this list.',
      ].join('\r\n'),
    );
    const reply = await routed(id);
    expect([reply.category, reply.intent, reply.flags]).toEqual([
      'other',
      { kind: 'none' },
      { priority: [] },
    ]);
    expect(await contactFlagModel(t.app.deps.db).findById('news@initech.com').lean()).toBeNull();
  });

  test('when an acknowledgement comes from the null sender (Return-Path: <>), then it is an automatic reply, closed without a DM', async () => {
    const id = 'null-sender-1@initech.com';
    const raw = mail(
      id,
      'Kim Park <kim@initech.com>',
      'Thank you for your e-mail.\r\nI will endeavour to reply as soon as possible.',
    ).replace('From:', 'Return-Path: <>\r\nFrom:');
    await deliver(raw);
    const reply = await routed(id);
    expect([reply.category, reply.state]).toEqual(['out_of_office', 'closed']);
  });

  test('when a prospect clicks Unsubscribe in Gmail, then the mail Gmail sends suppresses them team-wide', async () => {
    const id = 'gmail-unsub-1@mail.gmail.com';
    await deliver(
      await fixtureFrom(
        'test/fixtures/unsubscribe-clicks/u01-gmail-button.eml',
        id,
        /jane@acme\.com/g,
        'pat@umbrella.com',
      ),
    );
    const reply = await routed(id);
    expect([reply.category, reply.signals]).toEqual(['unsubscribe', ['subject:unsubscribe']]);
    await eventually(async () =>
      expect(await contactFlagModel(t.app.deps.db).findById('pat@umbrella.com').lean()).toMatchObject({
        status: 'unsubscribed',
      }),
    );
  });
  test('when a reply comes encrypted with S/MIME, then the owner’s DM says to open it in their mail client and to check the category', async () => {
    const id = 'smime-1@globex.com';
    await deliver(
      await fixtureFrom(
        'test/fixtures/sealed/s01-outlook-smime-encrypted.eml',
        id,
        /jane\.doe@northwind-logistics\.com/g,
        'rita@globex.com',
      ),
    );
    const reply = await routed(id);
    expect([reply.category, reply.sealed, reply.replyText]).toEqual(['other', 'S/MIME', '']);
    const dm = await t.slack.waitForCall(
      'chat.postMessage',
      (c) =>
        c.ok &&
        c.args.channel === reply.owner &&
        JSON.stringify(c.args.blocks ?? []).includes('rita@globex.com'),
    );
    const blocks = JSON.stringify(dm.args.blocks);
    expect(blocks).toContain('only your mail client can read it');
    expect(blocks).toContain('please check the category');
  });
});
