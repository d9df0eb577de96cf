import { said } from '../support/read-reply.js';

/**
 * Thirty polite noes (twenty English, ten Russian) written only to measure, 2026-12-04: 21 of 30 in
 * category at first sight, the misses all `other` (docs/reply-classifier.md, "Plain noes").
 */
describe('plain noes', () => {
  test.each([
    ["I don't see a fit, sorry."],
    ['Our current setup works fine for our size.'],
    ["Not something we're exploring."],
    ['Our reps would never use it.'],
    ['Не видим для себя пользы.'],
    ['У нас и так всё работает.'],
    ['Это не про нас.'],
    ['Мы в этом не нуждаемся.'],
    ['Пожалуй, нет.'],
  ])('when a reply says %j, then it is a no', (text) => {
    expect(said(text)).toEqual(['not_interested', 'none']);
  });

  test.each([
    // A question after the no asks.
    ["I don't see a fit yet — can you show me how it handles territories?", ['interested', ['demo']]],
    ['Our current setup works fine, but does yours integrate with Gong?', ['interested', ['integration']]],
    // A turn after it is a yes.
    ['У нас и так всё работает, но посмотреть можно.', ['interested', 'none']],
    // "Pass for now" is a no, by the corpus's labels, not a put-off.
    ["We'll pass for now, but thanks for thinking of us.", ['not_interested', 'none']],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
