import { kindOf, said } from '../support/read-reply.js';

/**
 * Fifty-second session (docs/reply-classifier.md, "'We decided to go with you', a problem we don't
 * have"): twenty everyday English ones 17 of 20, 18 once my label followed the corpus's; a buyer's
 * choice of us, tried beside them, was read as a no.
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
