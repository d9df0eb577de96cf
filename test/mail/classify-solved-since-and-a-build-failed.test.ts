import { kindOf, said } from '../support/read-reply.js';

/**
 * Fifty-seventh session, seventh round (docs/reply-classifier.md, "Solved since, a build failed"):
 * twenty everyday English replies, twelve Russian, ten with two intents and fifteen notes.
 */
describe('people', () => {
  test('"What data do you pull from our mailboxes?" asks about security', () => {
    expect(said('What data do you pull from our mailboxes?')).toEqual(['interested', ['security']]);
  });

  test.each([
    "This would've been useful last year. We've since solved it.",
    'Already solved this internally.',
  ])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });

  test('"We\'ve solved it, but how is yours different?" still asks', () => {
    expect(kindOf("We've solved it, but how is yours different?")).toEqual(['interested', 'question']);
  });
});

describe('notes', () => {
  test.each([
    'Your Monday.com board "Q1 Pipeline" has 4 overdue items.',
    'Your GitHub Actions workflow failed: build #1042.',
    'Your Docusign envelope has been voided.',
    "We've shipped a new feature: bulk claim import.",
    'Your Stripe payout of $2,340.00 is on its way.',
    'Your meeting recording is being processed and will be available shortly.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"We\'ve launched a new product ourselves that does this." is a person’s', () => {
    expect(kindOf("We've launched a new product ourselves that does this.")[0]).not.toBe('out_of_office');
  });
});
