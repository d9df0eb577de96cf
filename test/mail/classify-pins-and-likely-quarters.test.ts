import { read, waitOf } from '../support/read-reply.js';

/**
 * Forty-seventh session (docs/reply-classifier.md, "A pin in it, 'Q1 is looking more realistic'"):
 * fifteen answers to follow-ups 11 of 15 as shipped, 13 once my labels followed the corpus's; now 15.
 */
describe('a wait said as the likelier time', () => {
  test.each([
    ["Let's put a pin in this until after our offsite in January.", '2027-01-01'],
    ['Still on my radar! Q1 is looking more realistic though.', '2027-01-01'],
    ['Next quarter seems more realistic for us.', '2027-01-01'],
  ])('%j is a wait until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });

  test('when a day this week is said to work, then it is still a yes', () => {
    expect(read('Still keen. Wednesday looks more realistic than Tuesday for a call.').category).toBe(
      'interested',
    );
  });
});
