import { read } from '../support/read-reply.js';

/**
 * Thirty English replies in personas' voices and odd punctuation, written only to measure,
 * 2026-12-04: 29 of 30 in category and 26 of 30 intents at first sight (docs/reply-classifier.md,
 * "Personas and punctuation").
 */
describe('personas and punctuation', () => {
  test.each([
    [
      "We're switching CRMs next quarter. After that, happy to talk.",
      { kind: 'not_now', followUp: '2027-01-01' },
    ],
    // Nothing named to wait for, and a day proposed: a yes.
    ['We just finished our migration. After that, happy to talk — how about Tuesday?', { kind: 'none' }],
    [
      'Could be interesting for our EMEA team. Who covers Europe on your side?',
      { kind: 'question', topics: [] },
    ],
  ])('when a reply says %j, then its intent is %j', (text, intent) => {
    expect(read(text).intent).toEqual(intent);
  });
});
