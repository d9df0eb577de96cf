import { kindOf, read } from '../support/read-reply.js';

/**
 * Sixty-first session, the eleventh round (docs/reply-classifier.md, "A rep on PTO, email on
 * Tuesdays"): eighteen people's replies and six notes written after the tenth round's lessons,
 * measured untaught, then taught.
 */
describe('people', () => {
  test('"…every time someone goes on PTO" in a question about the product is no absence', () => {
    expect(
      kindOf(
        "Sam — I'll bite. We have 60 reps and a round-robin that breaks every time someone goes on PTO. Does ClaimDesk handle reassigning claims when a rep is out?",
      ),
    ).toEqual(['interested', 'question']);
    expect(kindOf("I'm on PTO until Monday.")[0]).toBe('out_of_office');
  });

  test('"Our CTO, Wei Zhang, will want to vet this: wei@…" refers us to him', () => {
    const r = read('Our CTO, Wei Zhang, will want to vet this: wei@brightwave.ai.');
    expect(r.intent.kind === 'referral' && r.intent.people.map((p) => p.email)).toEqual([
      'wei@brightwave.ai',
    ]);
  });
});

describe('notes', () => {
  test('"Your message to … was not delivered: mailbox is over quota." pasted as text is a bounce', () => {
    const r = read('Your message to ivan@roga.ru was not delivered: mailbox is over quota.');
    expect([r.category, r.bouncedAddress]).toEqual(['bounce', 'ivan@roga.ru']);
  });

  test('"I\'m only checking email on Tuesdays and Thursdays right now" is an absence note', () => {
    expect(
      kindOf(
        "Hi there! Thanks for your email — I'm only checking email on Tuesdays and Thursdays right now, so expect a delay.",
      )[0],
    ).toBe('out_of_office');
  });
});
