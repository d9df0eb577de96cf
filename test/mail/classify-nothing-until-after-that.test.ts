import { kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-fifth session, fifth round (docs/reply-classifier.md, "Nothing until after that"): twenty
 * everyday English replies, fifteen more apps' notices and twelve Russian replies, fresh.
 */
test('"We\'re switching CRMs in Q1, so nothing until after that." waits until after Q1', () => {
  expect(waitOf("We're switching CRMs in Q1, so nothing until after that.")).toEqual([
    'not_interested',
    '2027-04-01',
  ]);
});

test('"Let\'s skip the demo and go straight to a trial." asks for a trial (a demo\'s topic)', () => {
  expect(said("Let's skip the demo and go straight to a trial.")).toEqual(['interested', ['demo']]);
});

test('"Reply to my colleague on this thread please, not me." hands the thread on', () => {
  expect(kindOf('Reply to my colleague on this thread please, not me.')).toEqual(['other', 'wrong_person']);
});

describe('a problem named, then denied', () => {
  test('"I get it, duplicate outreach is bad. We just don\'t have it." is a no', () => {
    expect(kindOf("I get it, duplicate outreach is bad. We just don't have it.")).toEqual([
      'not_interested',
      'none',
    ]);
  });

  test('"Do you have SOC 2? We don\'t have it yet." still asks', () => {
    expect(said("Do you have SOC 2? We don't have it yet.")).toEqual(['interested', ['security']]);
  });
});

test('a document signed, told by an app, is the prospect’s doing, not a notice', () => {
  expect(kindOf('Dropbox Sign: Dana Lee signed "Order Form - Northwind".')[1]).not.toBe('auto_ack');
});

test('"А вы работаете с госкомпаниями по 223-ФЗ?" asks about the contract', () => {
  expect(said('А вы работаете с госкомпаниями по 223-ФЗ?')).toEqual(['interested', ['contract']]);
});
