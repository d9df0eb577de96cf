import { kindOf, waitOf } from '../support/read-reply.js';

/**
 * Fiftieth session (docs/reply-classifier.md, "'Next quarter might work better', 'not before
 * summer'"): twelve waits 5 of 12 with the right date as shipped, 8 once my labels followed the
 * corpus's; two of the misses read as a yes.
 */
describe('a wait said as the time that would suit better', () => {
  test.each([
    ['Next quarter might work better.', '2027-01-01'],
    ['Not before summer.', '2027-06-01'],
    ['Not until Q3.', '2027-07-01'],
    ['Happy to look at this in the spring.', '2027-03-01'],
    ['I could look into it next quarter.', '2027-01-01'],
    ['Reach out again in early February.', '2027-02-01'],
    [
      "Sam,\n\nInteresting idea. I'm going on leave next week for a month, so please reach out to me again in mid-January.\n\nCheers,\nIngrid",
      '2027-01-15',
    ],
  ])('%j waits until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });

  test.each(['That might work better for us, can you send times?', 'Tuesday might work better. 2pm?'])(
    'when %j picks a time for a call, then it is a yes',
    (text) => {
      expect(kindOf(text)[0]).toBe('interested');
    },
  );
});
