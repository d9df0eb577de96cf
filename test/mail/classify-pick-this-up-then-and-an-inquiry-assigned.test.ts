import { kindOf, read, waitOf } from '../support/read-reply.js';

/**
 * Sixtieth session, the ninth round (docs/reply-classifier.md, "Pick this up then, an inquiry
 * assigned"): eighteen people's replies and six notes written after the eighth round's lessons,
 * measured untaught, then taught.
 */
describe('people', () => {
  test('"…until February, so let\'s pick this up then." is a wait, as "…so let\'s talk then." is', () => {
    expect(waitOf("I'm out on leave from next week until February, so let's pick this up then.")).toEqual([
      'not_interested',
      '2027-02-01',
    ]);
  });

  test('"Please, for the love of god, stop." is a stop', () => {
    expect(kindOf('Please, for the love of god, stop.')[0]).toBe('unsubscribe');
    expect(kindOf('For the love of god, send me the pricing already.')[0]).toBe('interested');
  });
});

describe('notes', () => {
  test('"…couldn\'t be delivered because the recipient\'s email provider rejected it." is a bounce', () => {
    const r = read(
      "Your message to lina@fabrikam.com couldn't be delivered because the recipient's email provider rejected it. Status code: 550 5.7.1",
    );
    expect([r.category, r.bounce?.address]).toEqual(['bounce', 'lina@fabrikam.com']);
  });

  test('an inquiry "assigned to an account manager" is acknowledged', () => {
    expect(
      kindOf(
        'Thank you for contacting Globex. Your inquiry has been assigned to an account manager who will contact you shortly.',
      ),
    ).toEqual(['out_of_office', 'auto_ack']);
  });
});
