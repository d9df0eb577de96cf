import { read, said } from '../support/read-reply.js';

/**
 * Forty stops, complaints and threats beside buyers using the same words, written blind
 * (2026-12-04; docs/reply-classifier.md, "Stops, and buyers' words that sound like them"): 30 of
 * 40 categories and 32 of 40 intents and flags at first sight, three of the probe's own labels wrong
 * by the corpus's conventions. The misses, each beside the sense it must keep.
 */
describe('stops in words no rule read', () => {
  test('when a reply asks to cease all further communication, then it is a stop', () => {
    expect(said('Kindly cease all further communication.')[0]).toBe('unsubscribe');
    expect(said('Please cease further contact. Regards.')[0]).toBe('unsubscribe');
  });

  test('when a reply states a no-cold-outreach policy, then it is a stop, with no complaint flagged', () => {
    expect(said('We have a strict no cold outreach policy. Please respect it.')[0]).toBe('unsubscribe');
    const policy = read('Our company has a no-solicitation policy.');
    expect([policy.category, policy.flags.brand]).toEqual(['unsubscribe', undefined]);
    // A buyer's own policy, asked about, is a question.
    expect(said('We have a no cold email policy for our SDRs, can your tool enforce it?')[0]).toBe(
      'interested',
    );
  });

  test('when a reply reports us to our provider, then it is a stop with the brand flag', () => {
    const c = read(
      'This is a violation of our acceptable use policy and has been reported to your provider.',
    );
    expect([c.category, c.flags.brand]).toEqual(['unsubscribe', true]);
  });

  test('when a Californian opts out of the sale of their information, then it is a stop with the legal flag', () => {
    const c = read(
      'I am a California resident and I am exercising my right to opt out of the sale of my information.',
    );
    expect([c.category, c.flags.legal]).toEqual(['unsubscribe', true]);
  });
});

describe('buyers whose words sound like a complaint', () => {
  test('when a buyer wary after reporting another vendor asks how we handle consent, then it is a security question, no complaint', () => {
    const c = read(
      "I reported our last vendor to the FTC for this kind of thing, so I'm wary. How do you handle consent?",
    );
    expect([c.category, c.intent, c.flags.brand]).toEqual([
      'interested',
      { kind: 'question', topics: ['security'] },
      undefined,
    ]);
    expect(said('How do you record consent?')).toEqual(['interested', ['security']]);
    // A threat with the same words stays a threat.
    expect(read('You have no lawful basis to email me.').flags.legal).toBe(true);
    expect(said('Send me a copy of the consent record you claim to have, or I escalate under CCPA.')[0]).toBe(
      'unsubscribe',
    );
  });

  test('when a buyer would love a LinkedIn post once they sign, then it is a yes, not mock praise', () => {
    const c = read("We'd love a LinkedIn post about our partnership once we sign.");
    expect([c.category, c.flags.brand]).toEqual(['interested', undefined]);
    expect(read('Wow, love the personalisation. Tweeting this one.').flags.brand).toBe(true);
  });

  test("when a colleague asked for our terms or a quote, then it is the writer's question about them", () => {
    expect(said('Our attorney asked for your terms of service.')).toEqual(['interested', ['contract']]);
    expect(said('My CFO wants to see a quote for 20 seats.')).toEqual(['interested', ['pricing']]);
    expect(said('Our lawyer asked for the names of everyone you emailed at our firm.')[0]).not.toBe(
      'interested',
    );
  });
});
