import { read } from '../support/read-reply.js';

/**
 * Three lessons left from the sessions before (docs/reply-classifier.md, "A stop beside a move,
 * calls that do not stop, a chapter meeting"), each beside the innocent use it must leave.
 */
describe('a stop at this address beside a new one', () => {
  test.each([
    ["Don't email this address anymore, I'm at jane@newco.com now.", 'jane@newco.com'],
    ['Не пишите больше на этот адрес, я теперь на ivan@novaya-example.ru', 'ivan@novaya-example.ru'],
    [
      'Remove this address from your list. My personal email is jane@gmail.com if you must.',
      'jane@gmail.com',
    ],
  ])('when a reply says %j, then it is a stop that offers %s to the owner', (text, email) => {
    const r = read(text);
    expect([r.category, r.intent]).toEqual(['unsubscribe', { kind: 'referral', people: [{ email }] }]);
  });

  test.each([
    ['Please stop emailing this address.'],
    // A colleague named in a stop is no new address of the writer's.
    ['Stop emailing me. Also stop emailing my colleague bob@acme.com.'],
  ])('when a reply says %j, then it is a plain stop', (text) => {
    const r = read(text);
    expect([r.category, r.intent]).toEqual(['unsubscribe', { kind: 'none' }]);
  });
});

describe('calls that do not stop, a chapter meeting', () => {
  test.each([
    ['Your SDR keeps calling me.', ['not_interested', true]],
    // "won't stop" is read as a stop already; the complaint beside it stays.
    ["Your people won't stop ringing our front desk.", ['unsubscribe', true]],
    // Presented at a meeting, weighed up: no complaint made public.
    ["I'll share it with our members at the next chapter meeting.", ['other', false]],
    // Made an example of at the same meeting: still one.
    [
      "I'm sharing this at our next chapter meeting as an example of what not to do.",
      ['not_interested', true],
    ],
  ])('when a reply says %j, then it is read as %j (category, brand)', (text, expected) => {
    const r = read(text);
    expect([r.category, r.flags.brand ?? false]).toEqual(expected);
  });
});
