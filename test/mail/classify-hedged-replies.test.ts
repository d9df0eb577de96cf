import { read, said } from '../support/read-reply.js';

/**
 * Forty hedged replies written blind (2026-12-04; docs/reply-classifier.md, "Hedged, half-yes and
 * half-no"): "I'm skeptical, but…", "Maybe. Depends on price.", "Sounds expensive.". 31 of 40
 * categories and 33 of 40 intents at first sight. The misses, each beside the sense it must keep.
 */
describe('a request for material in other words', () => {
  test('when a reply asks for a PDF, for what we have by email or for it in writing, then it is a yes', () => {
    for (const text of [
      'Send me a PDF.',
      'Email me what you have.',
      'Mail me the brochure.',
      'Shoot me an email with details.',
      'Put it in an email.',
      'Drop me a line with more details.',
      "Let's not do a call. Email me what you have.",
      'Not interested in a call. Just send me a PDF.',
    ])
      expect([text, said(text)[0]]).toEqual([text, 'interested']);
  });

  test('when it says not to send one, then it is no yes', () => {
    expect(said("Don't send me a PDF.")[0]).not.toBe('interested');
    expect(said('No need to send me a deck, not interested.')[0]).toBe('not_interested');
  });
});

describe('price said as an objection', () => {
  test('when a reply only finds it expensive, then it is a no; asked whether it is, a pricing question', () => {
    expect(said('Sounds expensive.')[0]).toBe('not_interested');
    expect(said("That's expensive.")[0]).toBe('not_interested');
    expect(said("Only if it's free, lol.")[0]).toBe('not_interested');
    expect(said('Is it expensive?')).toEqual(['interested', ['pricing']]);
    // Another tool's price is no objection to ours.
    expect(said('Your competitor is expensive, how do you compare?')[0]).toBe('interested');
    expect(said('Pricing looks steep from your website. Is there a startup plan?')).toEqual([
      'interested',
      ['pricing'],
    ]);
  });
});

describe('someone else interested, a past no asked again, no idea what it is', () => {
  test('when a colleague might be interested and the writer is not, then it is the wrong person', () => {
    expect(said("Our team lead might be interested. I'm not.")).toEqual(['other', 'wrong_person']);
    expect(said("I'm not, but my boss might be.")).toEqual(['other', 'wrong_person']);
    expect(said("My boss might be interested, but I'm not sure.")[1]).not.toBe('wrong_person');
  });

  test('when a reply that passed before asks what is new, then it is a question', () => {
    expect(said('We looked at you last year and passed. Anything new since then?')).toEqual([
      'interested',
      [],
    ]);
    expect(said("We tried you in 2024. What's changed?")).toEqual(['interested', []]);
  });

  test('when a reply has no idea what this is, then it is no "no"', () => {
    expect(said('No idea what this is. Explain in one sentence?')).toEqual(['other', 'none']);
    expect(said('No.')[0]).toBe('not_interested');
  });

  test('when interest is kept but there is no bandwidth to evaluate, then it is a no', () => {
    expect(
      said("Interesting, but I don't have the bandwidth to evaluate anything new this quarter.")[0],
    ).toBe('not_interested');
  });

  test('when a reply asks to be reminded in a month, then that month is the follow-up over an earlier span', () => {
    expect(read('Probably in a few months. Remind me in March?').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-03-01',
    });
  });
});
