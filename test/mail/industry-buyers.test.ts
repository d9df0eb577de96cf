import { said } from '../support/read-reply.js';

/**
 * Thirty replies from buyers in industries no probe had spoken for (plants, hospitals, fleets,
 * retail, school districts, non-profits, pharma, wholesale; twenty English, ten Russian), written to
 * measure the first-sight rate (2026-12-04; docs/reply-classifier.md, "Industry buyers"): 29 of
 * 30, intent 26 as written (27 with the written rule that "the second week of January" starts on
 * the 8th); fifteen checks of what they taught beside them.
 */

describe('industry buyers', () => {
  test('when a buying gate is named without asking how to pass it, then it is a no, as "только через тендер" is', () => {
    expect(
      said(
        "Hospital procurement goes through our GPO. You'd need to be on the Vizient contract before we can even talk.",
      ),
    ).toEqual(['not_interested', 'none']);
    expect(said('We only buy through a group purchasing organization.')).toEqual(['not_interested', 'none']);
  });

  test('when the gate comes with a question or a way in, then it is no "no"', () => {
    expect(said('We buy through a GPO. Are you on Premier?')).toEqual(['interested', ['contract']]);
    expect(
      said(
        'Purchasing goes through our GPO, so send me your Vizient contract number and we can set up a demo.',
      ),
    ).toEqual(['interested', ['demo', 'contract']]);
    expect(
      said(
        'As a public school district we can only buy off the state cooperative contract. Are you on TIPS or Sourcewell?',
      ),
    ).toEqual(['interested', ['contract']]);
  });

  test('when a requirement is stated as policy, then its topic is asked ("requires any vendor … to complete our security questionnaire")', () => {
    expect(
      said(
        'Our IT policy requires any vendor touching CRM data to complete our security questionnaire first. Happy to send it if you want to move forward.',
      ),
    ).toEqual(['interested', ['security']]);
  });

  test('when the requirement is not met and they say so, then it is a no ("so we can\'t proceed")', () => {
    expect(
      said("Our policy requires vendors to be SOC 2 certified, and you aren't, so we can't proceed."),
    ).toEqual(['not_interested', 'none']);
    // A condition set, not a consequence drawn.
    expect(said("We can't proceed without pricing. Send it over?")).toEqual(['interested', ['pricing']]);
  });

  test('when a demo is asked for as "show it working" or as something that "would help", then it is a demo question', () => {
    expect(
      said(
        'Can you show it working with our dealer network? Each dealer has its own reps and they fight over the same farms. A demo with that scenario would help.',
      ),
    ).toEqual(['interested', ['demo']]);
    expect(said('Pricing would be helpful before we talk.')).toEqual(['interested', ['pricing']]);
  });

  test('when the price is asked with words between "сколько" and "стоит", then it is a pricing question', () => {
    expect(
      said(
        'Мы оптовая компания, у нас 12 менеджеров, и они постоянно звонят одним и тем же клиентам. Сколько это стоит?',
      ),
    ).toEqual(['interested', ['pricing']]);
    expect(said('Сколько всё это будет стоить для 30 человек?')).toEqual(['interested', ['pricing']]);
    // "Сколько можно писать?" is still a stop.
    expect(said('Сколько можно писать? Я же сказал, что нам не нужно.')).toEqual(['unsubscribe', 'none']);
  });

  test('when a stop is put as a wish ("it would help if you stopped emailing me"), then it is a stop', () => {
    expect(said('It would really help if you stopped emailing me.')).toEqual(['unsubscribe', 'none']);
  });
  test('when a product question names a call as a time ("…before I take a call"), then it is still a question about the product', () => {
    for (const text of [
      "I'd need to see how it handles territories before I take a call.",
      "Before I take a call I'd want to see how it deals with our partner accounts.",
      'I need to see whether it flags duplicates before a meeting with my VP.',
    ])
      expect([text, ...said(text)]).toEqual([text, 'interested', []]);
    // A call asked for is scheduling, not a question about the product.
    expect(said("I need to know if you're free Monday for a call.")).toEqual(['interested', 'none']);
  });
});
