import { kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-seventh session, first round (docs/reply-classifier.md, "Not worth it, an invoice ready"):
 * twenty everyday English replies, twelve Russian, twelve hand-offs and waits, eight long ones,
 * fifteen texted, ten Russian questions, ten in European languages and thirty notes.
 */
describe('notes', () => {
  test.each([
    'Your invoice #4412 from Acme Cloud is ready.',
    'Your Zoom cloud recording is now available.',
    'Your order has been shipped.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    ["Your email was fine, we're just not buying.", 'not_interested'],
    ['Your team was approved as a vendor, send the MSA.', 'interested'],
  ])('%j is a person’s, not a notice', (text, category) => {
    expect(kindOf(text)[0]).toBe(category);
  });

  test('"Invitation: Product demo @ Wed Dec 2, 2026 10am…" is their own invitation: a yes', () => {
    expect(
      kindOf('Invitation: Product demo @ Wed Dec 2, 2026 10am - 10:30am (PST) (sam@claimdesk.io)')[0],
    ).toBe('interested');
  });
});

describe('bounces pasted as text', () => {
  test.each([
    'Mail delivery failed: returning message to sender. SMTP error from remote mail server after RCPT TO:<x@y.com>: 550 5.1.1 User unknown',
    'This is an automatically generated Delivery Status Notification. Delivery to the following recipient failed permanently: ben@brightline.io',
  ])('%j is a permanent bounce', (text) => {
    const r = read(text);
    expect([r.category, r.bounce?.permanent]).toEqual(['bounce', true]);
  });

  test('"Message not delivered: the recipient\'s mailbox is full. We\'ll keep trying for 48 hours." is a delay', () => {
    const r = read("Message not delivered: the recipient's mailbox is full. We'll keep trying for 48 hours.");
    expect([r.category, r.bounce?.permanent]).toEqual(['bounce', false]);
  });
});

describe('people', () => {
  test.each(['Thanks, but we only have two reps. Not worth it for us.', 'Honestly not worth the money.'])(
    '%j is a no',
    (text) => {
      expect(kindOf(text)).toEqual(['not_interested', 'none']);
    },
  );

  test('"Sounds good, but can you do it cheaper than Clari?" asks the price', () => {
    expect(said('Sounds good, but can you do it cheaper than Clari?')).toEqual(['interested', ['pricing']]);
  });

  test.each([
    ['Love the idea, hate the timing. Ping me after we close Q4.', '2027-01-01'],
    ['Reach out once Q1 is over.', '2027-04-01'],
    ['Grazie, non siamo interessati al momento. Riprovate a gennaio.', '2027-01-01'],
    ['Réessayez en mars.', '2027-03-01'],
  ])('%j waits until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });
});
