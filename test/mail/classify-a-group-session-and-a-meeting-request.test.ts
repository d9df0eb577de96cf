import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Sixty-first session, the eighth to tenth rounds (docs/reply-classifier.md, "A group session, a
 * meeting request received"): fifty-two people's replies and eighteen notes written after the
 * seventh round's lessons, measured untaught, then taught.
 */
describe('people', () => {
  test('"Can you do a group session in January?" asks for a demo, as "a session for my whole team" does', () => {
    expect(said("I'd need buy-in from 4 regional VPs. Can you do a group session in January?")).toEqual([
      'interested',
      ['demo'],
    ]);
  });

  test('"Can we see a reference architecture diagram?" is a security question', () => {
    expect(said('Can we see a reference architecture diagram? Our infosec team will ask.')).toEqual([
      'interested',
      ['security'],
    ]);
  });

  test('"You want Greg, greg.h@lumen.io." refers us to Greg, as "You want Greg Hill, …" does', () => {
    const r = read('I lead marketing, not sales. You want Greg, greg.h@lumen.io.');
    expect(r.intent).toEqual({ kind: 'referral', people: [{ email: 'greg.h@lumen.io', name: 'Greg' }] });
  });

  test('"How does this play with that?" after a tool named asks how it connects to it', () => {
    expect(
      said("We're on Salesforce Enterprise with Territory Management. How does this play with that?"),
    ).toEqual(['interested', ['integration']]);
  });

  test('a question about the "business hours" timebox is a question about the product', () => {
    expect(
      said(
        'We\'re fully remote across 9 time zones — does the "business hours" timebox respect each rep\'s local hours?',
      ),
    ).toEqual(['interested', []]);
  });

  test('"Just give me a number." after the pricing page asks the price', () => {
    expect(said('Your pricing page says "contact us". Just give me a number.')).toEqual([
      'interested',
      ['pricing'],
    ]);
  });

  test('"Enough with the follow-ups." is a stop', () => {
    expect(kindOf('Enough with the follow-ups. Not interested, never will be.')[0]).toBe('unsubscribe');
  });
});

describe('notes', () => {
  test('"We\'ve received your meeting request." is a scheduling desk\'s acknowledgement', () => {
    expect(kindOf("We've received your meeting request. Dana will confirm a time within 24 hours.")).toEqual([
      'out_of_office',
      'auto_ack',
    ]);
  });
});
