import { kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Sixty-first session, the twenty-seventh round (docs/reply-classifier.md, "Take it up with our
 * COO"): ten people's replies and five notes written after the twenty-sixth round's lessons,
 * measured untaught, then taught.
 */
describe('people', () => {
  test('"We use Clari for forecasting. Any overlap?" asks about the product', () => {
    expect(said('Interesting. We use Clari for forecasting. Any overlap?')).toEqual(['interested', []]);
  });

  test('"Will this slow down our reps?" asks about the product, as "Will it…?" does', () => {
    expect(said('Will this slow down our reps? They hate extra clicks.')).toEqual(['interested', []]);
  });

  test('"We\'re switching CRMs next quarter; talk after that." waits', () => {
    expect(waitOf("We're switching CRMs next quarter; talk after that.")).toEqual([
      'not_interested',
      '2027-01-01',
    ]);
  });

  test('"Take it up with our COO. I don\'t make these calls." is the wrong person, as "Talk to our COO." is', () => {
    expect(kindOf("Take it up with our COO. I don't make these calls.")).toEqual(['other', 'wrong_person']);
  });

  test('"Email my EA, Rosa (rosa@…), to get on my calendar." is a yes the assistant books', () => {
    expect(kindOf('Email my EA, Rosa (rosa@litware.com), to get on my calendar.')).toEqual([
      'interested',
      'none',
    ]);
  });
});

describe('notes', () => {
  test.each([
    'Your mail to <p.wright@tailspin.io> has been rejected: the recipient does not exist or has been suspended.',
    'Your message has been flagged by our content filter and will not be delivered.',
  ])("a server's report pasted as text is a bounce: %s", (text) => {
    expect(kindOf(text)[0]).toBe('bounce');
  });
});
