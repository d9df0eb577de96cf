import { kindOf, read, referredTo, said, waitOf } from '../support/read-reply.js';

/**
 * Forty-sixth session (docs/reply-classifier.md, "Procurement, introductions, English as a second
 * language"): fifteen procurement replies 10 of 15 as shipped (a referral read as a yes), 11 once my
 * labels followed the corpus's; twelve referrals 9 of 12 (a forward to the boss read as a yes);
 * fifteen replies in English as a second language 10 of 15; now all.
 */
describe('procurement desks', () => {
  test('when the reply names who evaluates tools, then it refers us to them', () => {
    expect(
      referredTo(
        'I handle procurement, not the tools themselves. The person evaluating this would be our RevOps lead, Tomás Reyes (treyes@northwind.com).',
      ),
    ).toEqual(['treyes@northwind.com']);
  });

  test('when the writer is in purchasing and the teams buy their own, then it is the wrong person', () => {
    expect(
      kindOf("I'm in purchasing and this isn't something we'd buy centrally. Each team picks its own tools."),
    ).toEqual(['other', 'wrong_person']);
  });

  test('when a purchasing vehicle is asked about, then it is a question', () => {
    expect(said('We only buy through our reseller, CDW. Are you listed with them?')).toEqual([
      'interested',
      [],
    ]);
    expect(said('Can we buy you through Carahsoft?')).toEqual(['interested', []]);
  });

  test('when procurement is closed to new vendors until a month, then it is a wait until then', () => {
    expect(waitOf('Procurement is closed for new vendors until the new fiscal year starts in July.')).toEqual(
      ['not_interested', '2027-07-01'],
    );
  });

  test('when the one in procurement asks, then it stays a question', () => {
    expect(said("I'm in procurement. Can you send your W-9?")).toEqual(['interested', ['contract']]);
  });
});

describe('introductions and forwards to whoever decides', () => {
  test('when the writer offers to introduce a named colleague, then it refers us to them', () => {
    expect(referredTo('Happy to intro you to our sales director, Olu Adeyemi. olu@kestrel.ng')).toEqual([
      'olu@kestrel.ng',
    ]);
  });

  test('when the boss decides and the writer forwards it, then the interest said first is not theirs', () => {
    expect(kindOf("Interesting, but our COO decides on this kind of thing. I'll forward it to him.")).toEqual(
      ['other', 'wrong_person'],
    );
  });

  test('when the writer thinks the mail was meant for someone else, then it is the wrong person', () => {
    expect(kindOf('I think this was meant for someone else.')).toEqual(['other', 'wrong_person']);
  });

  test('when the writer also asks, then it stays a question', () => {
    expect(said("Our CEO decides on tools, so I'll forward it to him. Can you send pricing first?")).toEqual([
      'interested',
      ['pricing'],
    ]);
  });
});

describe('English as a second language', () => {
  test.each([
    [
      'Thanks for contact me. Is possible to make a meeting next week for see the product?',
      ['interested', ['demo']],
    ],
    [
      'Can you explain me how is working the data protection? We are in Germany, GDPR is very important for us.',
      ['interested', ['security']],
    ],
    ['How do you handle data protection?', ['interested', ['security']]],
    ['Please not write me anymore, I am not interested.', ['unsubscribe', 'none']],
    ['I received your mail many times. Stop please.', ['unsubscribe', 'none']],
  ])('%j is %j', (text, want) => {
    expect(said(text)).toEqual(want);
  });

  test('when a threat names the data protection regulator, then no security question is read', () => {
    expect(said("I'll report it to the Data Protection Commission.")[1]).not.toEqual(['security']);
  });
});

describe('one-liners with emoji', () => {
  test("when it sneers at another sales bot, then it is a no, as 'another cold email' is", () => {
    expect(said('🤮 another sales bot')).toEqual(['not_interested', 'none']);
    expect(read('🤮 another sales bot').flags.brand).toBeFalsy();
  });
});
