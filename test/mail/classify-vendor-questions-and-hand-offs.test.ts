import { said, waitOf } from '../support/read-reply.js';

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

describe('longer replies mixing signals (docs/reply-classifier.md, "Mixed signals, once more")', () => {
  test.each([
    ['We are not evaluating any new sales tools until our CRM migration finishes in Q2.', '2027-04-01'],
    ["Budget's gone for this year; January we reset. Happy to look then if you remind me.", '2027-01-01'],
    ["Budget's all spent for this year.", '2027-01-01'],
  ])('%j waits until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });

  test.each([
    // A colleague's interest with their address, "personally" or not, is a referral.
    [
      'Thanks! Not for me personally but my co-founder Alex might be keen — alex@startup.io. Good luck.',
      ['other', 'referral'],
    ],
    // A tool in use, then "how are you better?": a comparison asked, not a no.
    [
      'Здравствуйте. Мы уже используем amoCRM, и там есть закрепление клиентов за менеджерами. Чем вы лучше?',
      ['interested', []],
    ],
    ['How are you better than HubSpot?', ['interested', []]],
    [
      "We already use Salesloft's account ownership rules, why would we need this?",
      ['not_interested', 'none'],
    ],
    [
      'Уже пообщались с вашим коллегой Дмитрием в октябре, решили не брать. Спасибо.',
      ['not_interested', 'none'],
    ],
  ])('%j is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('everyday English once more (docs/reply-classifier.md, "Who handles it on your side")', () => {
  test.each([
    // Asking who does the work at the vendor is a question, not a hand-off.
    ['Who handles implementation on your side — you or a partner?', ['interested', []]],
    ['Who handles purchasing at Acme? Not me.', ['other', 'wrong_person']],
    ["I'm intrigued but swamped. Can you send a 2-minute video instead?", ['interested', ['demo']]],
    ["I don't open attachments from people I don't know. Send a link.", ['interested', 'none']],
    ['Send the link to unsubscribe.', ['unsubscribe', 'none']],
    // A reluctant yes: "hear you out" (2026-12-05, twenty hedged yeses).
    ["Can't promise anything, but I'll listen.", ['interested', 'none']],
    ["I won't listen to this.", ['other', 'none']],
    // A discount for years signed asks about the contract too (2026-12-05, twelve buyers' questions).
    ['Any chance of a discount if we sign for two years?', ['interested', ['pricing', 'contract']]],
  ])('%j is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});
