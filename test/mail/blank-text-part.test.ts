import { parseMail } from '../../src/mail/parse.js';
import { classifyMail } from '../support/whole-mail.js';

/**
 * A multipart/alternative whose text part is blank and whose HTML part holds the reply (2026-12-06,
 * docs/reply-classifier.md "A blank text part"): read as an empty reply, `other`, before.
 */
const alternative = (textPart: string, html: string) =>
  parseMail(
    Buffer.from(
      [
        'From: Wes Grant <wgrant@kelpmedia.co>',
        'To: jordan@claimdesk.io',
        'Subject: Re: Two reps, one account',
        'Date: Mon, 23 Nov 2026 10:00:00 +0000',
        'Message-ID: <w4@kelpmedia.co>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative; boundary="xx"',
        '',
        '--xx',
        'Content-Type: text/plain; charset=utf-8',
        '',
        textPart,
        '--xx',
        'Content-Type: text/html; charset=utf-8',
        '',
        html,
        '--xx--',
      ].join('\r\n'),
    ),
    'blank.eml',
  );

const quotedPitch =
  '<div class="gmail_quote">On Fri, Nov 20, 2026 at 4:02 PM Jordan Lee &lt;jordan@claimdesk.io&gt; wrote:<blockquote class="gmail_quote">Want a demo? Pricing starts at $20.</blockquote></div>';

describe('a blank text part beside the HTML', () => {
  test('when the text part is blank, then the reply is read from the HTML', async () => {
    const mail = await alternative(
      '\r\n  \r\n',
      `<div dir="ltr">Please remove me from your list.</div><br>${quotedPitch}`,
    );
    expect(mail.replyText).toBe('Please remove me from your list.');
    expect(classifyMail(mail).category).toBe('unsubscribe');
  });

  test('when the text part says something, then it is still the one read', async () => {
    const mail = await alternative('Sure, send the deck.', '<div>Something else entirely.</div>');
    expect(mail.replyText).toBe('Sure, send the deck.');
  });
});
