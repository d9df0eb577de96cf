import { absenceOf, kindOf, referredTo, said } from '../support/read-reply.js';

/**
 * Forty-ninth session (docs/reply-classifier.md, "'I don't make these calls anymore', time off to
 * recharge"): fifteen everyday English ones 12 of 15 as shipped, 13 once my label followed the
 * corpus's; twelve Russian ones 12 of 12; ten absences typed by hand 9 of 10; now all of them.
 */
describe('a decision disowned, and who makes it now', () => {
  test('when the writer no longer makes these calls and names the new CRO with an address, then it is a referral', () => {
    expect(
      referredTo("I don't make these calls anymore. Our new CRO, Lena Fischer, does: lena.fischer@quanta.io"),
    ).toEqual(['lena.fischer@quanta.io']);
  });

  test('when no one is named, then the writer is the wrong person', () => {
    expect(kindOf("I don't make these calls anymore. Our CRO does.")).toEqual(['other', 'wrong_person']);
  });
});

describe('what becomes of the data if the customer stops paying', () => {
  test('when the writer asks what happens to their claims if they stop paying, then it is a contract question', () => {
    expect(said('What happens to our claims if we stop paying?')).toEqual(['interested', ['contract']]);
  });
});

describe('time off typed by hand', () => {
  test.each([
    ['Taking some time off to recharge, back 12/7.', '2026-12-07'],
    ["I'm taking some time off to recharge, back on Dec 7.", '2026-12-07'],
  ])('%j is an absence until %s', (text, date) => {
    expect(absenceOf(text)).toEqual(['out_of_office', date]);
  });

  test('when the break is from new tools, then it is a wait, not an absence', () => {
    expect(kindOf("We're taking a break from new tools, come back next year.")).toEqual([
      'not_interested',
      'not_now',
    ]);
  });
});
