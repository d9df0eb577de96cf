import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Sixtieth session, the first round (docs/reply-classifier.md, "A deferred delivery, a team of
 * two"): fifty-four people's replies and twenty-seven notes written after the fifty-ninth session's
 * lessons, measured untaught, then taught.
 */
describe('people', () => {
  test('"a team of two founders doing all sales ourselves" after "sounds cool" is a no; a question after it asks', () => {
    expect(kindOf("Sounds cool but we're a team of two founders doing all sales ourselves.")[0]).toBe(
      'not_interested',
    );
    expect(kindOf('Sounds great but we only have two reps.')[0]).toBe('not_interested');
    expect(kindOf("We're a team of three. What would pricing be?")[0]).toBe('interested');
  });

  test('an ownership change logged "for audit purposes" is a security question', () => {
    expect(said('Does it log every ownership change for audit purposes?')).toEqual([
      'interested',
      ['security'],
    ]);
  });
});

describe('notes', () => {
  test.each([
    ['Message temporarily deferred: 451 4.7.1 Please try again later (greylisted)', undefined],
    ['Delivery temporarily deferred for joe@acme.com: 451 4.7.1 greylisted, try again later', 'joe@acme.com'],
  ])('%j is a delay, no wait and no referral', (text, address) => {
    const r = read(text);
    expect([r.category, r.bounce?.permanent, r.bounce?.address]).toEqual(['bounce', false, address]);
  });

  test('a rejection with its status line, and Google Groups greeting before its report, are bounces', () => {
    const rejected = read(
      'Your message to bob@initech.com has been rejected: 554 5.7.1 Message rejected due to content restrictions',
    );
    expect([rejected.category, rejected.bounce?.permanent]).toEqual(['bounce', true]);
    expect(
      read(
        "Hello,\n\nWe're writing to let you know that the group you tried to contact (sales) may not exist, or you may not have permission to post messages to the group.",
      ).category,
    ).toBe('bounce');
    // A person who was rejected and says so writes on: theirs is a reply.
    expect(
      read(
        "We got rejected: 550 5.1.1 when we wrote to Bob, so I'm writing from my own address. Still interested.",
      ).category,
    ).toBe('interested');
  });

  test('"Срочные вопросы — к …" under an absence is its cover line, no referral', () => {
    expect(
      read('Меня не будет в офисе с 1 по 10 декабря. Срочные вопросы — к Ивану Петрову, ivan@romashka.ru')
        .category,
    ).toBe('out_of_office');
  });
});
