import { kindOf, referredTo } from '../support/read-reply.js';

/**
 * Forty-seventh session (docs/reply-classifier.md, "'Our ops team does', 'you're looking for my
 * manager'"): fifteen referrals and hand-offs 11 of 15 as shipped, 12 once my labels followed the
 * corpus's; fifteen Russian business replies 12 of 15, now 14. Now 15 and 14.
 */
describe('a hand-off said in two sentences', () => {
  test('when the writer disowns it, then names the team that does it and its address, then it is a referral to that address', () => {
    expect(
      referredTo("I don't handle tooling decisions, sorry. Our ops team does: ops@beacon.health"),
    ).toEqual(['ops@beacon.health']);
  });

  test('when the writer says we are looking for their manager, then it is the wrong person', () => {
    expect(
      kindOf(
        "I think you're looking for my manager, but I'd rather not share her email. You can find her on LinkedIn.",
      ),
    ).toEqual(['other', 'wrong_person']);
  });
});

describe('a gate for sellers', () => {
  test('when the writer cannot take vendor meetings, then it is a no, as a portal with no vendor emails is', () => {
    expect(
      kindOf(
        'Our procurement portal is the only way in: suppliers.gridline.com. I can’t take vendor meetings.',
      ),
    ).toEqual(['not_interested', 'none']);
  });
});

describe('a colleague standing in for someone away', () => {
  test.each([
    'Добрый день, Алексей в отпуске до 10 декабря. Я его коллега, могу чем-то помочь?',
    "Hi, Alex is on vacation until December 10. I'm his colleague, can I help with anything?",
  ])('%j is a person asking, not an absence note', (text) => {
    expect(kindOf(text)).toEqual(['other', 'none']);
  });

  test('when no one asks, then the same absence is still a note', () => {
    expect(kindOf('Алексей в отпуске до 10 декабря.')).toEqual(['out_of_office', 'none']);
  });
});
