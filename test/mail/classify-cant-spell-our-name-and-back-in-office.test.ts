import { absenceOf, flagsOf, kindOf } from '../support/read-reply.js';

/**
 * Fiftieth session (docs/reply-classifier.md, "'Can't spell our company name', 'back in office 3 of
 * January', a call asked in four languages"): eight threats and complaints 6 of 8 once my labels
 * followed the corpus's, ten in English as a second language 8 of 10, fifteen in nine European
 * languages 13 of 15.
 */
describe('complaints and threats in new words', () => {
  test('when a vendor cannot spell the company name, then it is a brand complaint', () => {
    expect(flagsOf("Another vendor who can't spell our company name. Pass.")).toEqual([
      'not_interested',
      ['brand'],
    ]);
  });

  test('when scraping broke an organiser’s privacy policy, then it is a legal stop', () => {
    expect(
      flagsOf(
        "You scraped my email from a conference attendee list. That violates the organizer's privacy policy and I've notified them.",
      ),
    ).toEqual(['unsubscribe', ['legal']]);
  });

  test('when it is our own privacy policy a buyer asks about, then it is no threat', () => {
    expect(
      flagsOf("Does your tool respect each customer's privacy policy when it reads replies?")[1],
    ).toEqual([]);
  });
});

describe('English as a second language', () => {
  test('when the writer is "not decision maker" and names a director, then it is the wrong person', () => {
    expect(kindOf('I am not decision maker, please write to our director Mr. Kowalski.')).toEqual([
      'other',
      'wrong_person',
    ]);
  });

  test.each([
    ['I will be back in office 3 of January, then we can talk.', '2027-01-03'],
    ['I will be back in office on January 3.', '2027-01-03'],
  ])('%j is an absence until %s', (text, date) => {
    expect(absenceOf(text)).toEqual(['out_of_office', date]);
  });
});

describe('a call asked, and no budget, in other languages', () => {
  test.each([
    'Mi può chiamare domani mattina?',
    'Me puede llamar el martes por la tarde?',
    'Pode me ligar amanhã às 10h?',
    "Pouvez-vous m'appeler demain ?",
    'Können Sie mich morgen Vormittag anrufen?',
  ])('%j is a yes', (text) => {
    expect(kindOf(text)[0]).toBe('interested');
  });

  test.each([
    'Obrigado, mas não temos orçamento este ano.',
    'No tenemos presupuesto este año, lo siento.',
    "Non abbiamo budget per quest'anno.",
  ])('%j is a no', (text) => {
    expect(kindOf(text)[0]).toBe('not_interested');
  });
});
