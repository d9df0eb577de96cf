import { said } from '../support/read-reply.js';

/**
 * Thirty replies from owners of small businesses (roofers, agencies, HVAC, pools; twenty English,
 * ten Russian), informal and short, written to measure the first-sight rate (2026-12-04;
 * docs/reply-classifier.md, "Small businesses"): 28 of 30, intent 27 as written (30 and 29 with two
 * labels set to the corpus's rules); ten checks of what they taught beside them.
 */

describe('small businesses', () => {
  test('when a "but" leads into a question without a comma, then the question decides', () => {
    expect(
      said(
        "Hi, I run a small roofing company, it's me and two guys doing sales. Not sure this is for us but whats the cheapest option?",
      ),
    ).toEqual(['interested', ['pricing']]);
    expect(said('Not a priority but what would it cost for 5 people?')).toEqual(['interested', ['pricing']]);
    expect(said('Нам не нужно но сколько стоит, просто интересно?')).toEqual(['interested', ['pricing']]);
    // A no with a question mark after it is still a no.
    expect(said('Not for us but thanks for asking?')).toEqual(['not_interested', 'none']);
  });

  test('when a free try is asked for, then it is a demo question; a free version is a pricing one', () => {
    expect(said("Can I try it free first? Not paying for something I haven't used.")).toEqual([
      'interested',
      ['demo'],
    ]);
    expect(said('Can we try it for free?')).toEqual(['interested', ['demo']]);
    expect(said('Is there a free version?')).toEqual(['interested', ['pricing']]);
  });

  test('when a trial already had is judged, or a question only says nobody has time, then it is a no', () => {
    expect(said("I tried it free last year and didn't like it.")).toEqual(['not_interested', 'none']);
    expect(said('We looked at it but who has time for another tool?')).toEqual(['not_interested', 'none']);
    expect(said('Who has time for a call Thursday?')).toEqual(['interested', 'none']);
  });
});
