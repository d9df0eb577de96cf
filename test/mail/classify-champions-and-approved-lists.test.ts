import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Forty-seventh session (docs/reply-classifier.md, "A champion who is not the buyer, an approved
 * vendor list"): ten buyers' replies 4 of 10 as shipped, 7 once my labels followed the corpus's;
 * now 10.
 */
describe('keen, though not the buyer', () => {
  test('when the writer is not the decision maker but offers to champion us, then it is a yes', () => {
    expect(kindOf("I'm not the decision maker but I'm happy to be your champion internally.")).toEqual([
      'interested',
      'none',
    ]);
  });

  test('when the writer is not the decision maker but would love a demo, then it asks for one', () => {
    expect(said("I'm not the decision maker but I'd love to see a demo.")).toEqual(['interested', ['demo']]);
  });

  test('when the writer is not the decision maker and says nothing more, then it is still the wrong person', () => {
    expect(kindOf("I'm not the decision maker.")).toEqual(['other', 'wrong_person']);
  });
});

describe('tools switched and vendor lists', () => {
  test('when a CRM switch is named and we are asked whether we still work, then it asks about integration', () => {
    expect(said("We're switching from Salesforce to HubSpot next quarter — would it still work?")).toEqual([
      'interested',
      ['integration'],
    ]);
  });

  test('when the writer only works with vendors on an approved list, then it is a no', () => {
    expect(read('Sorry, we only work with vendors on our approved list.').category).toBe('not_interested');
  });
});
