import { classify } from '../../src/domain/classify.js';
import { parseMail } from '../../src/mail/parse.js';

/**
 * Forty-eighth session (docs/reply-classifier.md, "Bounce notices from sending services"): twelve
 * delivery failures and notices in shapes the corpus does not hold (Zimbra, GMX in German, Orange in
 * French, Seznam, Rambler, Libero, an IceWarp delay, SendGrid, Mailgun, Postmark, Unisender in
 * Russian, a person passing a bounce on) 10 of 12 as shipped; SendGrid's was read as a complaint.
 */
async function read(from: string, subject: string, body: string) {
  const raw = `From: ${from}\nTo: ava@ourco.io\nSubject: ${subject}\nDate: Mon, 23 Nov 2026 10:00:00 +0000\nMessage-ID: <n1@mx.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`;
  const mail = await parseMail(Buffer.from(raw.replace(/\n/g, '\r\n')), 'test');
  return classify({
    ...mail,
    from: mail.from.address,
    fromName: mail.from.name,
    receivedAt: new Date('2026-11-23T10:00:00Z'),
  });
}

describe('a sending service telling us a message bounced', () => {
  test('when SendGrid says our message to an address bounced, then it is a permanent bounce for it, not a complaint', async () => {
    const c = await read(
      'SendGrid <no-reply@sendgrid.net>',
      'Bounce notification for tom@defunct-startup.io',
      'Your message to tom@defunct-startup.io bounced.\n\nReason: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [defunct-startup.io]\nType: bounce\nStatus: 5.4.1',
    );
    expect([c.category, c.bounce?.address, c.bounce?.permanent, c.flags.brand]).toEqual([
      'bounce',
      'tom@defunct-startup.io',
      true,
      undefined,
    ]);
  });

  test('when Postmark reports a hard bounce under its own subject, then it is a permanent bounce for that address', async () => {
    const c = await read(
      'Postmark Support <support@postmarkapp.com>',
      'Hard bounce: dana@olddomain.co',
      'The server was unable to deliver your message (ex: unknown user, mailbox not found).\n\nRecipient: dana@olddomain.co\nType: HardBounce',
    );
    expect([c.category, c.bounce?.address, c.bounce?.permanent]).toEqual([
      'bounce',
      'dana@olddomain.co',
      true,
    ]);
  });

  test('when a person says our mail to their old address bounced and asks for a demo, then it is their reply', async () => {
    const c = await read(
      'Dana Reyes <dana@acme.com>',
      'Re: quick question',
      "Hi Ava, your email to my old address bounced (550 5.1.1 user unknown) - I'm at dana@acme.com now. Still keen to see a demo!",
    );
    expect(c.category).toBe('interested');
  });
});
