import { replyModel } from '../../src/store/replies.js';
import { ingestMail } from '../../src/usecases/replies.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';

/**
 * A prospect answered a rep's own mailbox, and the rep forwarded it to the shared inbox: the app
 * read the forward as a reply from our own rep (`sam@ourco.io`, its text "FYI"), owned by nobody.
 * Now the forwarded message is the reply: its writer, its words, its account's owner.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('forwarded_by_a_rep');
  await t.command(people.maya, '/claim', 'acme.io');
});
afterAll(() => t.stop());

const mail = (id: string, from: string, lines: string[], headers: string[] = []) =>
  Buffer.from(
    [
      `From: ${from}`,
      'To: sales@ourco.io',
      'Subject: Fwd: Re: Quick question',
      `Message-ID: <${id}>`,
      'Date: Mon, 23 Nov 2026 11:00:00 +0000',
      ...headers,
      ...(headers.some((h) => h.startsWith('Content-Type'))
        ? []
        : ['Content-Type: text/plain; charset=utf-8']),
      '',
      ...lines,
    ].join('\r\n'),
  );

const danaReplied = [
  'From: Dana Reyes <dana@acme.io>',
  'Date: Mon, Nov 23, 2026 at 10:00 AM',
  'Subject: Re: Quick question',
  'To: Sam Ortiz <sam@ourco.io>',
  '',
  '',
  'Not interested, thanks. We built this in-house.',
  '',
  'On Mon, Nov 23, 2026 at 9:00 AM Sam Ortiz <sam@ourco.io> wrote:',
  '> Would a 15-minute call next week work?',
];

/** The mail ingested as the inbox does, and the reply stored under `id`. */
async function stored(raw: Buffer, id: string) {
  expect((await ingestMail(t.app.deps, raw, { mailbox: 'INBOX' })).kind).toBe('stored');
  return replyModel(t.app.deps.db).findById(id).lean();
}

const dmTo = (member: string, says: string) =>
  t.slack.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === member && JSON.stringify(c.args.blocks ?? '').includes(says),
  );

describe('a reply a rep forwarded', () => {
  test('when Sam forwards Dana’s reply in the body, then it is Dana’s reply, owned by the account’s owner, saying who forwarded it', async () => {
    const raw = mail('fwd-body-1@ourco.io', 'Sam Ortiz <sam@ourco.io>', [
      'FYI, this came to me directly.',
      '',
      '---------- Forwarded message ---------',
      ...danaReplied,
    ]);
    const reply = await stored(raw, 'fwd-body-1@ourco.io');
    expect(reply).toMatchObject({
      from: 'dana@acme.io',
      fromName: 'Dana Reyes',
      domain: 'acme.io',
      subject: 'Re: Quick question',
      replyText: 'Not interested, thanks. We built this in-house.',
      category: 'not_interested',
      forwardedBy: 'Sam Ortiz <sam@ourco.io>',
      owner: people.maya,
    });
    const dm = await dmTo(people.maya, 'Forwarded to the shared inbox by Sam Ortiz');
    expect(JSON.stringify(dm.args.blocks)).toContain('dana@acme.io');
  });

  test('when a rep forwards it as an attachment (Outlook), then the attached mail is the reply', async () => {
    const attached = [
      'From: Dana Reyes <dana@acme.io>',
      'To: Sam Ortiz <sam@ourco.io>',
      'Subject: RE: Quick question',
      'Message-ID: <dana-2@acme.io>',
      'Date: Mon, 23 Nov 2026 10:30:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Yes, send me the pricing for 20 seats.',
    ].join('\r\n');
    const raw = mail(
      'fwd-attached-1@ourco.io',
      'Priya Nair <priya@ourco.io>',
      [
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'See attached.',
        '--b1',
        'Content-Type: message/rfc822',
        'Content-Disposition: attachment; filename="RE Quick question.eml"',
        '',
        attached,
        '--b1--',
      ],
      ['MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"'],
    );
    // Stored under the attached mail's own Message-ID: Dana's copy to the shared inbox is the same reply.
    const reply = await stored(raw, 'dana-2@acme.io');
    expect(reply).toMatchObject({
      from: 'dana@acme.io',
      subject: 'RE: Quick question',
      category: 'interested',
      forwardedBy: 'Priya Nair <priya@ourco.io>',
      owner: people.maya,
    });
    const direct = Buffer.from(
      `${attached.replace('To: Sam Ortiz <sam@ourco.io>', 'To: Sam Ortiz <sam@ourco.io>\r\nCc: sales@ourco.io')}`,
    );
    expect(await ingestMail(t.app.deps, direct, { mailbox: 'INBOX' })).toEqual({
      kind: 'duplicate',
      id: 'dana-2@acme.io',
    });
  });

  test('when someone who is not one of our reps forwards a message, then the forward is their own reply', async () => {
    const raw = mail('fwd-outsider-1@acme.io', 'Lee Chan <lee@acme.io>', [
      'Forwarding this from my colleague, she asked me to look. Can you send pricing?',
      '',
      '---------- Forwarded message ---------',
      ...danaReplied,
    ]);
    const reply = await stored(raw, 'fwd-outsider-1@acme.io');
    expect(reply?.from).toBe('lee@acme.io');
    expect(reply?.forwardedBy).toBeUndefined();
    expect(reply?.replyText).toContain('Can you send pricing?');
  });
});
