import { read, said } from '../support/read-reply.js';

/**
 * Objections said as statements ("The problem is the price."): "is the" mid-sentence read as an
 * inverted question ("…is the price per seat?"), so a no naming a topic asked about it
 * (docs/reply-classifier.md, "'The problem is the price': statements read as questions").
 */
test.each([
  'The problem is the price.',
  'Cost is the main blocker for us right now.',
  'Security is the reason we said no last time.',
  "Integration with our ERP is the hard part and you don't support it.",
  "You don't integrate with Pipedrive, so this won't work for us.",
])('%j is a no that asks nothing', (text) => {
  expect(said(text)).toEqual(['not_interested', 'none']);
});

test.each([
  // The objection beside a price question is a haggle (as "Too expensive. Is there a startup plan?").
  ['The main issue is the price. Is there a startup plan?', ['pricing']],
  ['Price is the main blocker. Any discounts for nonprofits?', ['pricing']],
  // An inverted question after a clause's start still asks; so does a typo'd "what".
  ['Quick question, is there an API?', ['integration']],
  ['Wat is the cost', ['pricing']],
  ["You don't support Dynamics yet, right? Any plans?", ['integration']],
])('%j still asks about %j', (text, topics) => {
  expect(said(text)).toEqual(['interested', topics]);
});

/** A yes limited in time: how far off decides (docs/reply-classifier.md, "'Let's talk, but not before next week'"). */
const kindOf = (text: string) => {
  const r = read(text);
  return [r.category, r.intent.kind];
};
test.each([
  ["Let's talk, but not before next week.", ['interested', 'none']],
  ['Давайте созвонимся, но не раньше следующей недели.', ['interested', 'none']],
  ["Let's talk, but not before March.", ['not_interested', 'not_now']],
  ['Давайте созвонимся, но не раньше марта.', ['not_interested', 'not_now']],
])('%j is %j', (text, expected) => {
  expect(kindOf(text)).toEqual(expected);
});

test('"Какая у вас минимальная подписка?" asks the price; "минимальный срок подписки" the contract', () => {
  expect(said('Какая у вас минимальная подписка?')).toEqual(['interested', ['pricing']]);
  expect(said('Какой минимальный срок подписки?')).toEqual(['interested', ['contract']]);
});
