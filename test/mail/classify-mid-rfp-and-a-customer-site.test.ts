import { kindOf, read, waitOf } from '../support/read-reply.js';

/**
 * Sixtieth session, the sixth round (docs/reply-classifier.md, "Mid-RFP, a customer site"): twenty-two
 * people's replies and eight notes written after the fifth round's lessons, measured untaught, then
 * taught.
 */
describe('people', () => {
  test('"interested in principle but we can\'t add anything until… March" waits until March', () => {
    expect(
      waitOf(
        "Thanks Sam. I'm interested in principle but we're mid-RFP for a CRM and can't add anything until that's settled, likely March.",
      ),
    ).toEqual(['not_interested', '2027-03-01']);
  });

  test('"Not a priority this quarter" waits for the next one', () => {
    expect(waitOf('Not a priority this quarter. Maybe next.')).toEqual(['not_interested', '2027-01-01']);
    expect(waitOf('Not a priority this year.')).toEqual(['not_interested', '2027-01-01']);
  });
});

describe('notes', () => {
  test('a rejection "by the recipient\'s mail server:" with its status line is a bounce', () => {
    const r = read(
      "Your message to ann@tailwind.io was rejected by the recipient's mail server: 550 5.1.1 User unknown.",
    );
    expect([r.category, r.bounce?.address, r.bounce?.permanent]).toEqual(['bounce', 'ann@tailwind.io', true]);
  });

  test('"received by our sales team. Someone will be in touch shortly." is an acknowledgement, no complaint', () => {
    const r = read('Your email was received by our sales team. Someone will be in touch shortly.');
    expect([r.category, r.intent.kind, r.flags.brand]).toEqual(['out_of_office', 'auto_ack', undefined]);
  });

  test('"at a customer site with limited connectivity" is an absence note', () => {
    expect(
      kindOf(
        "Greetings! I'm currently at a customer site with limited connectivity. I'll reply by end of day.",
      )[0],
    ).toBe('out_of_office');
  });
});
