import { read, said } from '../support/read-reply.js';

/**
 * Shapes from the forty-first session's probes (docs/reply-classifier.md, "A bare order after a
 * question, quotes in the plural, and mailboxes without a domain").
 */
describe('a bare order to delete, after a question about where we got the address', () => {
  test.each([
    'How did you get my details? Remove them.',
    'Where did you get my data? Delete it.',
    'Who sold you my email? Delete it now.',
  ])('%j is a stop (the order is put to us, not a question about the tool)', (text) => {
    expect(read(text).category).toBe('unsubscribe');
  });

  test.each([
    'How did you get my email?',
    'Prospects keep asking to be removed. Can your tool remove them automatically?',
  ])('%j is no stop of the writer', (text) => {
    expect(read(text).category).not.toBe('unsubscribe');
  });
});

test.each([
  'Our procurement requires three quotes. Can you send yours?',
  'We need competing quotes for the file — send one over?',
])('%j asks the price: quotes in the plural are quotes', (text) => {
  expect(said(text)).toEqual(['interested', ['pricing']]);
});

test('a complaint that quotes our words is no price question', () => {
  expect(said('Your quotes around "revolutionary" made me laugh. Not interested.')[0]).toBe('not_interested');
});
