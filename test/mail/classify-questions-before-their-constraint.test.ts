import { read, said } from '../support/read-reply.js';

/**
 * Forty-fifth session (docs/reply-classifier.md, "A constraint after the question, a price 'a lot
 * lower'"): twenty replies mixing two intents 17 of 20 as shipped, 18 once my label followed the
 * corpus's; now 20.
 */
describe('a question whose topic comes after it, and a price condition with a degree', () => {
  test('when a question with no topic is followed by the constraint it is about, then it asks about that', () => {
    expect(said('How many of your customers are in healthcare? We have HIPAA constraints.')).toEqual([
      'interested',
      ['security'],
    ]);
    // A puzzled question is no question about the product, whatever follows it.
    expect(read('Who is this? Our security team has rules about this.').category).toBe('other');
  });

  test('when a reply happy with a rival would move at a much lower price and asks it, then it asks about pricing', () => {
    expect(
      said("We're happy with Outreach for now. If pricing is a lot lower, maybe. What do you charge?"),
    ).toEqual(['interested', ['pricing']]);
  });
});
