import { kindOf, read, waitOf } from '../support/read-reply.js';

/**
 * Fifty-eighth session, the fifth round (docs/reply-classifier.md, "The last thing I want, a dispute
 * opened"): thirty people's replies in six languages and fifteen notes in English and Russian
 * written after the fourth round's lessons, measured untaught, then taught.
 */
describe('notes', () => {
  test.each([
    'Deal "Northwind - Expansion" was assigned to you.',
    'Your Zoom Phone voicemail from Dana Lee (2 min) has been transcribed.',
    'Your Stripe account has a new dispute for $129.00.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('Gmail\'s "Message blocked" heading over its report pasted as text is a permanent bounce', () => {
    const r = read(
      'Message blocked\n\nYour message to ceo@initech.com has been blocked. See technical details below.\n\n550 5.7.1 Message rejected due to content restrictions',
    );
    expect([r.category, r.bounce?.address, r.bounce?.permanent]).toEqual(['bounce', 'ceo@initech.com', true]);
  });
});

describe('people', () => {
  test('"…Our team is focused on hiring through Q1." waits until the second quarter', () => {
    expect(waitOf("Thanks, but we'll pass for now. Our team is focused on hiring through Q1.")).toEqual([
      'not_interested',
      '2027-04-01',
    ]);
  });

  test('"…The last thing I want is another tool." is a no', () => {
    expect(kindOf('We switched CRMs twice in two years. The last thing I want is another tool.')).toEqual([
      'not_interested',
      'none',
    ]);
  });

  test('an assistant\'s "Could you explain what this is regarding?" is puzzled, not a buyer\'s question', () => {
    expect(
      kindOf(
        'Thank you for your email. Mr. Thompson is travelling and I handle his correspondence. Could you explain what this is regarding?',
      ),
    ).toEqual(['other', 'none']);
  });

  test('"This is a spam trap address. Your domain has been reported." is a stop with a complaint', () => {
    const r = read('This is a spam trap address. Your domain has been reported.');
    expect([r.category, r.flags.brand]).toEqual(['unsubscribe', true]);
  });
});
