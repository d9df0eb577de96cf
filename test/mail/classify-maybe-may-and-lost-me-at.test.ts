import { kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-second session (docs/reply-classifier.md, "'So maybe May?', 'you lost me at'"): twenty harder
 * everyday ones 13 of 20, 15 once my labels followed the corpus's. Received Monday 2026-11-23.
 */
describe('a time put as a question, a list kept for next year', () => {
  test('when the writer names when a contract ends and then asks "so maybe May?", then the wait is May', () => {
    expect(waitOf('Our contract with our current vendor ends in June, so maybe May?')).toEqual([
      'not_interested',
      '2027-05-01',
    ]);
  });

  test('when the writer passes for now and asks to stay on our list for next year, then it is a wait', () => {
    expect(waitOf("I'll pass for now, but keep me on your list for next year.")).toEqual([
      'not_interested',
      '2027-01-01',
    ]);
  });

  test('when the list is kept for product updates, then it is a plain no (the corpus’s)', () => {
    expect(kindOf('Pass for now, but keep me on your list for product updates.')).toEqual([
      'not_interested',
      'none',
    ]);
  });
});

describe('a price above what the CRM costs, a word that lost the reader', () => {
  test('when our price is said to be more than the whole CRM costs, then it is a no', () => {
    expect(kindOf('Honestly the price on your website is more than we pay for our whole CRM.')[0]).toBe(
      'not_interested',
    );
  });

  test('when the writer says we lost them at a word, then it is a no', () => {
    expect(kindOf('You lost me at "AI-powered".')[0]).toBe('not_interested');
  });

  test('when the writer asks to pay annually by invoice, then it asks about price and contract', () => {
    expect(said('Can we pay annually by invoice?')).toEqual(['interested', ['pricing', 'contract']]);
  });
});
