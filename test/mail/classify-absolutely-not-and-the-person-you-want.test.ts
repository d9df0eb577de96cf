import { kindOf, said } from '../support/read-reply.js';

/**
 * Forty-ninth session (docs/reply-classifier.md, "'Absolutely not', 'the person you want is our Head
 * of Sales'"): twenty everyday English ones 12 of 20 as shipped, 16 once my labels followed the
 * corpus's; now 20.
 */
describe('an emphatic no in two words', () => {
  test.each(['Absolutely not.', 'Definitely not.', 'Certainly not.', 'Hell no.', 'Heck no!'])(
    '%j is a no',
    (text) => {
      expect(kindOf(text)).toEqual(['not_interested', 'none']);
    },
  );

  test('when "absolutely" answers yes, then it stays a yes', () => {
    expect(kindOf('Absolutely.')[0]).toBe('interested');
  });
});

describe('the one wanted named by role', () => {
  test('when the writer says the person we want is their Head of Sales, then we wrote to the wrong person', () => {
    expect(
      kindOf(
        "I'm a contractor, not an employee. The person you want is our Head of Sales, but I won't share her email.",
      ),
    ).toEqual(['other', 'wrong_person']);
  });

  test('when the writer gives that person’s address, then it is a referral', () => {
    expect(kindOf('The person you want is our Head of Sales, Dana Reyes (dana@acme.com).')).toEqual([
      'other',
      'referral',
    ]);
  });
});

describe('what a buyer asks in our own words, or asks for in return', () => {
  test('when a rep asks whether they can claim an account for the whole team, then it is a question', () => {
    expect(kindOf('Quick q: can I claim an account for my whole team rather than just me?')).toEqual([
      'interested',
      'question',
    ]);
  });

  test('when a reference is offered for a discount, then the price is asked', () => {
    expect(said('Happy to be a reference customer if you give us a discount 😉')).toEqual([
      'interested',
      ['pricing'],
    ]);
  });
});
