import { kindOf, said } from '../support/read-reply.js';

/**
 * Fifty-second session (docs/reply-classifier.md, "'We decided to go with you', a problem we don't
 * have"): twenty everyday English ones 17 of 20, 18 once my label followed the corpus’s; a buyer’s
 * choice of us, tried beside them, was read as a no; twelve from buyers late in a deal 5 of 12.
 */
describe('a choice made, for us or against', () => {
  test('when the buyer decided to go with us and asks for the order form, then it is a yes about the contract', () => {
    expect(said('We decided to go with you - send the order form.')).toEqual(['interested', ['contract']]);
  });

  test('when the buyer says they have decided to go with us, then it is a yes', () => {
    expect(kindOf("We've decided to go with you.")).toEqual(['interested', 'none']);
  });

  test('when the buyer went with our competitor, then it is still a no', () => {
    expect(kindOf('We went with your competitor.')[0]).toBe('not_interested');
  });

  test('when the writer decided to build on top of their CRM instead, then it is a no', () => {
    expect(kindOf('We looked at this last quarter and decided to build on top of HubSpot instead.')[0]).toBe(
      'not_interested',
    );
  });

  test('when the writer calls it a lot of effort for a problem they do not have, then it is a no', () => {
    expect(kindOf("Sounds like a lot of effort for a problem we don't really have.")[0]).toBe(
      'not_interested',
    );
  });
});

describe('the deal moving on the buyer’s side', () => {
  test.each([
    'PO is in process, should have it to you by Friday.',
    'Legal approved the MSA. Sending the signed copy today.',
    "Budget got approved! Let's kick off in January.",
    'Congrats, you won the deal. Procurement will reach out.',
    'You made the shortlist. Final decision next Friday.',
  ])('%j is a yes', (text) => {
    expect(kindOf(text)[0]).toBe('interested');
  });

  test('when legal approved a contract with someone else, then it is no yes', () => {
    expect(kindOf('Legal approved the contract with your competitor.')[0]).not.toBe('interested');
  });

  test('when the buyer asks us to countersign, then it asks about the contract', () => {
    expect(said('Can you countersign and send back by EOD?')).toEqual(['interested', ['contract']]);
  });
});
