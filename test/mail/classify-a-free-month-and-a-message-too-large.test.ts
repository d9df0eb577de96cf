import { absenceOf, kindOf, read, said } from '../support/read-reply.js';

/**
 * Sixty-first session, the sixteenth round (docs/reply-classifier.md, "A free month, a message too
 * large"): thirteen people's replies and twenty notes written after the fifteenth round's lessons,
 * measured untaught, then taught.
 */
test('"Any chance of a free month to test it?" asks for a trial', () => {
  expect(said('Any chance of a free month to test it?')).toEqual(['interested', ['demo']]);
});

describe('notes', () => {
  test.each([
    "Your message wasn't delivered to anyone because it's too large. The limit is 25 MB. This message is 31 MB.",
    "Failed to deliver to 'ops@tailspin.io'\nLDAP lookup failed",
    "Sorry, I wasn't able to deliver your message to the following address.\n\n<pr@wingtip.biz>:\n554 delivery error: dd Sorry your message to pr@wingtip.biz cannot be delivered. This mailbox is disabled (554.30).",
    'Email to vp.sales@proseware.com bounced: the address is not accepting mail from your domain.',
  ])("a server's report pasted as text is a bounce, with no complaint: %s", (text) => {
    const r = read(text);
    expect([r.category, r.flags.brand ?? false]).toEqual(['bounce', false]);
  });

  test('"Ms. Patel is no longer with the company. Your message has been forwarded to her manager." is a machine\'s notice, not the wrong person', () => {
    expect(
      kindOf(
        'Thank you for your email. Please note that Ms. Patel is no longer with the company. Your message has been forwarded to her manager.',
      )[0],
    ).toBe('out_of_office');
  });

  test('"Ab dem 05.01. bin ich wieder erreichbar." is the return, before "bis 04.01."', () => {
    expect(
      absenceOf('Ich bin vom 21.12. bis 04.01. nicht im Büro. Ab dem 05.01. bin ich wieder erreichbar.'),
    ).toEqual(['out_of_office', '2027-01-05']);
  });
});
