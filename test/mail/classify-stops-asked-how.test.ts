import { said } from '../support/read-reply.js';

/**
 * Stops asked how, tried, or said as a want, from the forty-third session's probes
 * (docs/reply-classifier.md, "'How do I stop getting these?'").
 */
test.each([
  ['How do I stop getting these?', ['unsubscribe', 'none']],
  ['Unsubscribing isn’t working, I clicked the link twice.', ['unsubscribe', 'none']],
  ['Please update your records: I no longer want marketing from you.', ['unsubscribe', 'none']],
  ["I don't want any more emails.", ['unsubscribe', 'none']],
])('%j is a stop', (text, expected) => {
  expect(said(text)).toEqual(expected);
});

test.each([
  // The same words about the product's own mail, or the prospect's, are no stop.
  ['How do I stop getting duplicates in Salesforce?', ['interested', ['integration']]],
  ["We don't want marketing emails to go out twice — can your tool prevent that?", ['interested', []]],
])('%j is no stop', (text, expected) => {
  expect(said(text)).toEqual(expected);
});
