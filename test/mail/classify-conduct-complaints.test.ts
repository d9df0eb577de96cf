import { read, said } from '../support/read-reply.js';

/**
 * Thirty replies about how we wrote (twenty-four English, six Russian) written only to measure,
 * 2026-12-04, with buyers' own troubles told in the same words beside them: 26 of 30 in category and
 * 22 of 30 intents and flags at first sight (docs/reply-classifier.md, "Our manners judged").
 */
const brandOf = (text: string) => {
  const r = read(text);
  return [r.category, r.flags.brand ?? false];
};

describe('our manners judged', () => {
  test.each([
    ['You put "Re:" in the subject to make me think we\'d spoken. We hadn\'t.', ['not_interested', true]],
    ['Your email said "as discussed" — we never discussed anything.', ['not_interested', true]],
    [
      'Interesting approach, booking a meeting on my calendar without asking. Declined.',
      ['not_interested', true],
    ],
    // A complaint beside a yes: the rep answers, RevOps hears of it.
    ['Love the product, hate the 5 follow-ups. Send me pricing.', ['interested', true]],
  ])('when a reply says %j, then it is read as %j (category, brand)', (text, expected) => {
    expect(brandOf(text)).toEqual(expected);
  });

  test.each([
    ["I added 'Fwd:' to the subject so my boss sees it. Can you send pricing?", ['interested', false]],
    [
      'I hate the follow-ups our reps have to send manually. Can your tool automate that?',
      ['interested', false],
    ],
    ['We hate the constant follow-ups we have to do by hand. Demo?', ['interested', false]],
    [
      'Our customers got a meeting booked on their calendar without asking by our old vendor. How do you prevent that?',
      ['interested', false],
    ],
  ])('when a buyer says %j of their own side, then no complaint is read (%j)', (text, expected) => {
    expect(brandOf(text)).toEqual(expected);
  });

  test("when a Russian reply asks whether our service solves it ('Ваш сервис это решает?'), then it is a question", () => {
    expect(said('Наши клиенты жалуются на повторные письма от нас. Ваш сервис это решает?')).toEqual([
      'interested',
      [],
    ]);
  });
});
