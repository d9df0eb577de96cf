import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Sixtieth session, the eighth round (docs/reply-classifier.md, "An alert asked about, an office
 * closed"): sixteen people's replies and six notes written after the seventh round's lessons,
 * measured untaught, then taught.
 */
describe('people', () => {
  test('a question about the conflict alert asks about the offer', () => {
    expect(said('Does the conflict alert fire before the email is sent or after?')).toEqual([
      'interested',
      [],
    ]);
  });
});

describe('notes', () => {
  test('"Office closed for Christmas. We return on Monday 4 January 2027." is an absence until then, no no', () => {
    const r = read('Office closed for Christmas. We return on Monday 4 January 2027.');
    expect([r.category, r.returnDate]).toEqual(['out_of_office', '2027-01-04']);
  });

  test('"For anything urgent, text me." under "not checking email" is the cover line, no yes', () => {
    expect(kindOf("I'm not checking email this week. For anything urgent, text me.")[0]).toBe(
      'out_of_office',
    );
    expect(kindOf('Sounds good, text me.')[0]).toBe('interested');
  });

  test('"A support agent will review your request and get back to you…" is a help desk\'s', () => {
    expect(
      kindOf(
        'Thanks for writing in! A support agent will review your request and get back to you within 1 business day.',
      ),
    ).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"Warning: message to … delayed 24 hours" is a delay of that address', () => {
    const r = read(
      'Warning: message to pat@slowmail.example delayed 24 hours. No action is required on your part; delivery attempts will continue.',
    );
    expect([r.category, r.bounce?.address, r.bounce?.permanent]).toEqual([
      'bounce',
      'pat@slowmail.example',
      false,
    ]);
  });
});
