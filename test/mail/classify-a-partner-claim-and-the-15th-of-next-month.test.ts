import { flagsOf, kindOf, waitOf } from '../support/read-reply.js';

/**
 * Forty-ninth session (docs/reply-classifier.md, "Already a similar tool in four languages, a
 * partner claim caught out, the 15th of next month"): 34 fresh replies in three sets, 29 right as
 * shipped (30 once my label followed the corpus's); now 34.
 */
describe('a similar tool already in use, in Swedish, Danish, Dutch and Polish', () => {
  test.each([
    'Tack, men vi har redan ett liknande verktyg.',
    'Tak, men vi har allerede et lignende værktøj.',
    'Bedankt, maar we hebben al een vergelijkbare tool.',
    'Dziękuję, mamy już podobne narzędzie.',
  ])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });
});

describe('our mail said to break a third party’s terms', () => {
  test('when the writer says scraping them breached an event’s terms, then it is a legal stop', () => {
    expect(
      flagsOf("You scraped my email from a conference attendee list. That's a breach of the event's terms."),
    ).toEqual(['unsubscribe', ['legal']]);
  });
});

describe('a claim in our mail caught out', () => {
  test.each([
    "Nice try, but we checked: you're not actually a Salesforce partner. Don't claim that.",
    'Stop claiming we are your customer. We are not.',
  ])('%j is a brand complaint', (text) => {
    expect(flagsOf(text)[1]).toContain('brand');
  });

  test('when a buyer asks whether we are a partner, then no complaint', () => {
    expect(flagsOf('Are you a Salesforce partner? That matters for us.')[1]).toEqual([]);
  });
});

describe('a wait named within next month or towards the end of one', () => {
  test.each([
    ['Please follow up after the 15th of next month.', '2026-12-15'],
    ['Ping me mid next month.', '2026-12-15'],
    ['Try me towards the end of January.', '2027-01-01'],
    ['Reach out towards the end of Q1.', '2027-03-01'],
  ])('%j waits until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });
});
