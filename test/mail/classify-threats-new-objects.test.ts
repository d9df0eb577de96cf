import { flagsOf } from '../support/read-reply.js';

/**
 * Threats and complaints from the forty-first session's probes (docs/reply-classifier.md, "A
 * restraining order, lawyers who have your details, GDPR article 14, 'стоит уволить'").
 */
test.each([
  ["Stop harassing my employees or I'll get a restraining order.", 'unsubscribe', ['legal', 'brand']],
  ['Our lawyers have your details.', 'unsubscribe', ['legal']],
  ['My attorney has copies of all your emails.', 'unsubscribe', ['legal']],
  [
    'Please provide the source of my contact information, as required by GDPR Article 14.',
    'other',
    ['legal'],
  ],
  ['Вашего менеджера стоит уволить, так не пишут клиентам.', 'not_interested', ['brand']],
  ['Так не пишут клиентам.', 'not_interested', ['brand']],
])('%j is %s with %j', (text, category, flags) => {
  expect(flagsOf(text)).toEqual([category, flags]);
});

test.each([
  ['Our legal team has your MSA and will send comments by Friday.', 'interested'],
  ["My lawyer has a copy of the contract, we'll sign next week.", 'interested'],
  ['Нам надо уволить двух менеджеров, поэтому сейчас не до инструментов.', 'not_interested'],
])(
  '%j threatens nobody and complains of nothing (paperwork with a lawyer, their own staff)',
  (text, category) => {
    expect(flagsOf(text)).toEqual([category, []]);
  },
);
