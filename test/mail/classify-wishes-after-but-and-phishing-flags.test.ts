import { flagsOf, said } from '../support/read-reply.js';

/**
 * Forty-eighth session (docs/reply-classifier.md, "No budget authority but keen, flagged as
 * potential phishing"): 23 replies (fifteen English with two intents, eight Russian) 18 right as
 * shipped, 19 once my labels followed the corpus's; now 23.
 */
describe('a wish after "but"', () => {
  test('when the writer holds no budget but would love to trial it, then it asks for a trial', () => {
    expect(said("I don't have budget authority but I'd love to trial it with my team of 6.")).toEqual([
      'interested',
      ['demo'],
    ]);
  });
});

describe('questions with no topic', () => {
  test('when the writer asks whether their need is supported, then it asks about the product', () => {
    expect(said('We need something that works for both our US and UK entities. Is that supported?')).toEqual([
      'interested',
      [],
    ]);
  });

  test('when a new head of sales asks what we offer, then it asks about the product', () => {
    expect(
      said(
        'Здравствуйте! Я новый руководитель отдела продаж, предыдущий уволился. Расскажите, что вы предлагаете?',
      ),
    ).toEqual(['interested', []]);
  });
});

describe('flagged as phishing', () => {
  test('when legal flagged our email as potential phishing, then it is a stop flagged brand as well as legal', () => {
    expect(
      flagsOf('Our legal team flagged your email as potential phishing. Please confirm who you are.'),
    ).toEqual(['unsubscribe', ['legal', 'brand']]);
  });
});
