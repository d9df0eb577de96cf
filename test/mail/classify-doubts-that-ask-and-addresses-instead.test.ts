import { read, referredTo, said } from '../support/read-reply.js';

/**
 * Forty-seventh session (docs/reply-classifier.md, "No budget, then a price asked; 'use anna@…
 * instead'"): fifteen replies with two intents 7 of 15 as shipped, 11 once my labels followed the
 * corpus's; now 15.
 */
describe('a no said first, then a question about the offer', () => {
  test('when "no budget now" comes before a price asked, then it is a price question', () => {
    expect(said('No budget now. Can you tell me what it would cost for 30 seats so I can plan?')).toEqual([
      'interested',
      ['pricing'],
    ]);
  });

  test('when the writer is happy with a named tool and asks what ours does that it does not, then it is a question', () => {
    expect(said("Thanks but we're happy with Salesloft. What does yours do that theirs doesn't?")).toEqual([
      'interested',
      [],
    ]);
  });

  test.each(['No budget now.', "We're happy with Salesloft."])('%j alone is still a no', (text) => {
    expect(read(text).category).toBe('not_interested');
  });
});

describe('another address, and someone else preferred', () => {
  // Read as a stop until the forty-eighth session; the yes beside the move stands since, as in the
  // corpus's "Please erase my old address from your list and use this one… Interested."
  test('when the writer stops their personal address, says to use another instead and is keen, then it is a yes and the other is offered', () => {
    const r = read(
      'Can you stop emailing my personal address and use anna@work-mail.com instead? Happy to take a look there.',
    );
    expect([r.category, r.intent.kind === 'referral' && r.intent.people.map((p) => p.email)]).toEqual([
      'interested',
      ['anna@work-mail.com'],
    ]);
  });

  test('when the writer would rather we talked to a colleague, then it is a referral to them', () => {
    expect(
      referredTo(
        "I'd rather you talked to Kim (kim@hollis.co) — but honestly I doubt she'll bite, we just renewed Outreach.",
      ),
    ).toEqual(['kim@hollis.co']);
  });
});
