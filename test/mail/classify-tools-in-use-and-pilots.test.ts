import { flagsOf, said } from '../support/read-reply.js';

/**
 * A tool already in use said with "already" last, a colleague who will answer, a comparison with
 * a rival, a pilot's size: the forty-second session's probes (docs/reply-classifier.md, "'We use
 * HubSpot for all of this already', 'Переслал коллеге, он вам ответит'").
 */
test.each(['We use HubSpot for all of this already.', 'We have a tool for that already.'])(
  '%j is a no',
  (text) => {
    expect(said(text)).toEqual(['not_interested', 'none']);
  },
);

test.each([
  ['We use Outreach for that already, does yours integrate with it?', ['integration']],
  ['We have budget for this already. What does it cost?', ['pricing']],
  // A rival named to compare is no integration asked about.
  ["What's the difference between you and Outreach?", []],
  // A pilot's size is no price asked; the price of a number of users is.
  ['Can we do a pilot with 10 users before committing?', ['demo']],
  ['What would it cost for 10 users?', ['pricing']],
])('%j asks about %j', (text, topics) => {
  expect(said(text)).toEqual(['interested', topics]);
});

test('"Переслал коллеге, он вам ответит" hands the thread on; "Переслала директору." alone says nothing more', () => {
  expect(said('Переслал коллеге, он вам ответит.')).toEqual(['other', 'wrong_person']);
  expect(said('Передал руководителю — он свяжется.')).toEqual(['other', 'wrong_person']);
  expect(said('Переслала директору.')).toEqual(['other', 'none']);
});

test('"I have zero say in tooling. Talk to our CRO" hands the thread on, though it praises the product first', () => {
  expect(
    said('Honestly this looks great but I have zero say in tooling. Talk to our CRO, Dev Patel.'),
  ).toEqual(['other', 'wrong_person']);
});

test('"Ужасный сервис, никому не посоветую" is a complaint about us; "никому не порекомендую нашу текущую CRM" is not', () => {
  expect(flagsOf('Ужасный сервис, никому не посоветую.')).toEqual(['not_interested', ['brand']]);
  expect(flagsOf('Я никому не порекомендую нашу текущую CRM, поэтому и отвечаю. Когда созвонимся?')).toEqual([
    'interested',
    [],
  ]);
});

test.each([
  'We use Excel for this and it works fine.',
  // "does the job" is no inverted question ("does the…?").
  'We use Outreach and it does the job.',
])('%j: a tool in use that works is a no', (text) => {
  expect(said(text)).toEqual(['not_interested', 'none']);
});

test.each([
  [
    'We use a spreadsheet and it works, but it breaks when two reps claim the same account. How do you handle that?',
    [],
  ],
  ['We use Salesforce and it works with Outreach?', ['integration']],
])('%j: a tool that works, with a "but" or a question, still asks', (text, topics) => {
  expect(said(text)).toEqual(['interested', topics]);
});
