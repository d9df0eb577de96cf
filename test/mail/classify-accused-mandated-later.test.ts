import { read, said } from '../support/read-reply.js';

/**
 * Fifty-five everyday replies (forty English, fifteen Russian) written only to measure, 2026-12-04:
 * 50 of 55 in category and 47 of 55 intents and flags at first sight, most misses the probe's own
 * labels against the corpus's conventions (docs/reply-classifier.md, "Asked and accused, mandated,
 * relevant later"). What they taught is below, each beside the innocent use it must leave.
 */
describe("a question that is the threat's own", () => {
  test.each([
    ['Is this GDPR compliant? You emailed me without consent.'],
    ['Is this even legal? You emailed me without consent.'],
    ['Это вообще законно? Вы пишете без согласия.'],
  ])('when a reply says %j, then it is a stop with the legal flag', (text) => {
    const r = read(text);
    expect([r.category, r.flags.legal]).toEqual(['unsubscribe', true]);
  });

  test.each([
    // A buyer's question, no accusation.
    ["Is this GDPR compliant? We're EU-based.", ['interested', undefined]],
    // The law in the buyer's own story.
    [
      'My old company got fined under GDPR, so I care about this. How do you store contact data?',
      ['interested', undefined],
    ],
    // An accusation and a buyer's question beside it: the rep and compliance both hear of it.
    [
      'You emailed me without consent. Is your product GDPR compliant, though? We might need it.',
      ['interested', true],
    ],
  ])('when a reply says %j, then it is read as %j (category, legal)', (text, expected) => {
    const r = read(text);
    expect([r.category, r.flags.legal]).toEqual(expected);
  });
});

describe('tools mandated from above, relevance later, STOP by reply', () => {
  test.each([
    ['Unfortunately our parent company mandates the tools we use.', ['not_interested', 'none']],
    [
      'Our parent company mandates the tools we use. Do you integrate with SAP?',
      ['interested', ['integration']],
    ],
    ["I'm replying STOP.", ['unsubscribe', 'none']],
    ["I'm replying to stop the duplicate emails question: yes, interested.", ['interested', 'none']],
  ])('when a reply says %j, then it is read as %j', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test.each([
    [
      "We're hiring our first SDRs in Q2 — might be relevant then.",
      { kind: 'not_now', followUp: '2027-04-01' },
    ],
    ['This might be relevant when we hire SDRs.', { kind: 'not_now' }],
  ])('when a reply says %j, then it is put off (%j)', (text, intent) => {
    expect(read(text).intent).toEqual(intent);
  });
});

/**
 * Twenty legal threats and everyday legal words beside them (fourteen English, six Russian), written
 * only to measure, 2026-12-04: 19 of 20 at first sight, every threat flagged
 * (docs/reply-classifier.md, "Asked and accused, mandated, relevant later").
 */
describe('a threat handed to the legal department', () => {
  test('when a reply says it forwarded our mail to its legal department, then it is the threat’s stop, not a hand-off', () => {
    const r = read('I have forwarded this to our legal department for review.');
    expect([r.category, r.intent.kind, r.flags.legal]).toEqual(['unsubscribe', 'none', true]);
  });

  test("when a reply hands the paperwork to legal's address, then it is still a referral with no flag", () => {
    const r = read('Our legal department handles vendor contracts; please send the MSA to legal@kestrel.io.');
    expect([r.category, r.intent.kind, r.flags.legal]).toEqual(['other', 'referral', undefined]);
  });
});
