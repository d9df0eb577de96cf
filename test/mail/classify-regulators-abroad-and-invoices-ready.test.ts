import { flagsOf, kindOf, said } from '../support/read-reply.js';

/**
 * Forty-ninth session (docs/reply-classifier.md, "A regulator abroad, an invoice ready, a question
 * after 'that said'"): 77 fresh replies in five sets, 70 right as shipped; now 77.
 */
describe('a complaint taken to a data protection authority by its own name', () => {
  test.each([
    'Stop spamming me or I report you to UODO.',
    "I've filed a complaint with the IMY about your mailing.",
    'One more email and this goes to the Autoriteit Persoonsgegevens.',
  ])('%j is a stop the legal team and RevOps hear of', (text) => {
    expect(flagsOf(text)).toEqual(['unsubscribe', ['legal', 'brand']]);
  });
});

describe('a question put in a learner’s English, or about "your system"', () => {
  test.each([
    'We have 200 sales reps, does your system can handle this volume?',
    'Does your system handle this volume?',
  ])('%j asks about the product', (text) => {
    expect(kindOf(text)).toEqual(['interested', 'question']);
  });
});

describe('a no that turns into a question about the tool', () => {
  test('when the turn asks how the tool deals with something, then the question decides', () => {
    expect(
      kindOf(
        "We're already using a competitor and we're happy with it. That said, I'm curious: how do you deal with reps who claim hundreds of accounts and then sit on them? That's our biggest headache.",
      ),
    ).toEqual(['interested', 'question']);
  });

  test('when nothing after the no asks, then the no stands', () => {
    expect(kindOf("We're already using a competitor and we're happy with it. That said, thanks.")).toEqual([
      'not_interested',
      'none',
    ]);
  });
});

describe('a yes that asks us to include a colleague', () => {
  test('when the writer asks for times and to include the RevOps lead, then it is their yes', () => {
    expect(
      kindOf(
        "Funny you should email. Could you send a few times next week for a 30-min intro? I'm in Pacific time. Also please include our RevOps lead, Chris (chris.t@meridianhq.com).",
      ),
    ).toEqual(['interested', 'none']);
  });

  test('when the writer says how often they send, then no times are asked', () => {
    expect(said('We send a few times a week already, no need for more tools.')[0]).not.toBe('interested');
  });
});

describe('notices a service sends its users, once more', () => {
  test.each([
    'Your invoice INV-2291 is now available. Amount due: $1,240.00. Pay online at any time.',
    "We received your application for the Account Executive role. Our recruiting team will review it and be in touch if there's a fit.",
    'You have a new voicemail from +1 (415) 555-0143. Duration: 0:42.',
  ])('%j is a notice, never a yes or a no', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});
