import { kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Forty-sixth session (docs/reply-classifier.md, "A cancelled call, a pilot called off, 'до
 * лета'"): twelve replies about meetings already booked 6 of 12 as shipped, 8 once my labels
 * followed the corpus's (a cancelled pilot read as a yes); twelve Russian waits 7 of 12, 10 once my
 * labels did; now 11 and 12.
 */
describe('meetings already booked', () => {
  test('when a demo is pushed to another day, then it is a yes that asks nothing', () => {
    expect(said('Need to push our demo to next week, does Tuesday 11am work?')).toEqual([
      'interested',
      'none',
    ]);
  });

  test('when a call is cancelled with no new time, then the rep must look', () => {
    expect(kindOf("I have to cancel tomorrow's call.")).toEqual(['other', 'none']);
  });

  test('when a call is cancelled and a new time asked, then it is a yes', () => {
    expect(kindOf("I have to cancel tomorrow's call. Can we do Friday instead?")).toEqual([
      'interested',
      'none',
    ]);
  });

  test('when the writer will reach out once things calm down, then it is a wait', () => {
    expect(kindOf("I have to cancel tomorrow's call. I'll reach out when things calm down.")).toEqual([
      'not_interested',
      'not_now',
    ]);
  });

  test.each([
    'We had to cancel the pilot, leadership pulled the budget. Sorry.',
    'Leadership pulled the budget.',
  ])('%j is a no', (text) => {
    expect(read(text).category).toBe('not_interested');
  });
});

describe('waits named by a season or a quarter', () => {
  test.each([
    ['Отложим до лета.', '2027-06-01'],
    ['Не раньше второго квартала.', '2027-04-01'],
    ['Интересно, но только в начале следующего квартала.', '2027-01-01'],
    ['Interesting, but only at the start of next quarter.', '2027-01-01'],
  ])('%j is a wait until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });

  test('when the call is asked for early next week, then it is a yes', () => {
    expect(read('Интересно, давайте созвонимся в начале следующей недели.').category).toBe('interested');
  });
});
