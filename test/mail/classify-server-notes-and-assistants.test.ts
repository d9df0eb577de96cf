import { classify } from '../../src/domain/classify.js';
import { at, kindOf, read } from '../support/read-reply.js';

/**
 * Forty-fifth session (docs/reply-classifier.md, "A message held in quarantine, an AI assistant"):
 * fifteen machine notes with no header 3 of 15 as shipped, 9 once my labels followed the corpus's
 * (a desk's acknowledgement is filed as `out_of_office` with intent `auto_ack`); now 15.
 */
describe("mail servers' and assistants' notes with no machine header", () => {
  test.each([
    [
      'Delivery has been delayed to the following recipients:\n\njohn@acme.com\n\nMicrosoft Outlook will keep trying to deliver this message.',
      false,
      'john@acme.com',
    ],
    [
      "Unfortunately, your message could not be delivered because the recipient's mailbox is full. Please try again later.",
      false,
      undefined,
    ],
    [
      'Your email was rejected by our spam filter. If you believe this is in error, please contact postmaster@acme.com.',
      true,
      undefined,
    ],
    [
      'Your message to john@acme.com has been quarantined and is awaiting review by an administrator.',
      false,
      'john@acme.com',
    ],
  ])(
    '%j is a bounce (permanent: %s, address %s), never a wait, a referral or a complaint',
    (text, permanent, address) => {
      const r = read(text);
      expect([r.category, r.bounce?.permanent, r.bounce?.address, !!r.flags.brand]).toEqual([
        'bounce',
        permanent,
        address,
        false,
      ]);
    },
  );

  test("when a person's reply opens on their spam filter, then it stays their reply", () => {
    expect(read("Your email was caught by our spam filter, sorry! Yes, let's talk Tuesday.").category).toBe(
      'interested',
    );
  });

  test('when a server retried for days before returning the mail, then the failure is final though it says "try again later"', () => {
    const text =
      'This is a delivery failure notification message indicating that an email addressed to email address :\n-- user@example.com\n\ncould not be delivered. The problem appears to be :\n-- Recipient server unavailable or busy\n\nAdditional information follows :\n-- 4.4.4 Temporary server error. Please try again later\n\nThis condition occurred after 30 attempt(s) to deliver over a period of 92 hour(s) and 52 minute(s).';
    const r = classify({
      from: 'mailer-daemon@example.com',
      subject: '[Postmaster] Email Delivery Failure',
      replyText: text,
      headers: {},
      receivedAt: at,
    });
    expect([r.category, r.bounce?.permanent]).toEqual(['bounce', true]);
  });

  test.each([
    "We're excited you reached out! Our team typically responds within one business day. In the meantime, check out our resources page at acme.com/resources.",
    "Hi there! Thanks for your message. I'm an AI assistant for Jane. She'll review your note and get back to you if it's a fit.",
  ])('%j acknowledges, never a yes', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});
