import { said } from '../support/read-reply.js';

/**
 * Replies about us rather than the product, asks for when, hand-offs to a role, and a freeze, from
 * the forty-third session's probes (docs/reply-classifier.md, "'Who are your investors?', 'When can
 * you talk?', 'свяжу вас с нашим CTO'").
 */
test.each([
  ['How long have you guys been around? Who are your investors?', ['interested', []]],
  ['Вы где территориально находитесь?', ['interested', []]],
  ['Кто ваши клиенты?', ['interested', []]],
  // Asking when is a yes, not a question about the product.
  ['Honestly the timing is perfect, we just lost two SDRs. When can you talk?', ['interested', 'none']],
  ["When's a good time?", ['interested', 'none']],
  // …while "When can we start?" beside a topic still asks about it (the corpus's label).
  ["That's not a problem for us, we can sign an NDA. When can we start?", ['interested', ['contract']]],
  // A student's interview is no buyer's question.
  ["I'm a student researching sales tools, could I interview you?", ['other', 'wrong_person']],
  // A hand-off to a role that decides, said with "he decides" after it.
  ['Let me connect you with our CTO, he decides.', ['other', 'wrong_person']],
  ['Давайте я вас с нашим CTO свяжу, он решает.', ['other', 'wrong_person']],
  ['Я передам ваше письмо нашему CTO, он решает.', ['other', 'wrong_person']],
  ['Давайте созвонимся.', ['interested', 'none']],
])('%j is read as %j', (text, expected) => {
  expect(said(text)).toEqual(expected);
});

test('"Нас покупают, всё заморожено до весны." waits until spring', () => {
  expect(said('Нас покупают, всё заморожено до весны.')).toEqual(['not_interested', 'not_now']);
});
