import { kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-first session (docs/reply-classifier.md, "A sign-in attempt, a meeting starting, circling
 * back in January"): fifteen machine notes with no header 10 of 15 (a failed sign-in read as a yes),
 * twenty everyday English replies 17 of 20 ("Who handles your data?" read as the wrong person).
 */
describe('notices a service sends its users, once again', () => {
  test.each([
    'Someone tried to log in to your account with an incorrect password.',
    'Your Zoom meeting "Weekly pipeline" is starting in 10 minutes.',
    'Your subscription to Figma Professional will renew on December 1.',
    'This message was quarantined by your administrator because it contained a suspicious attachment.',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)[0]).toBe('out_of_office');
  });

  test.each([
    ['Your call starts in 10 minutes? I thought we said Thursday.', 'out_of_office'],
    ['Someone at your company tried to sell us this last year. Not interested.', 'out_of_office'],
  ])('when a person writes %j, then it is theirs', (text, notThis) => {
    expect(kindOf(text)[0]).not.toBe(notThis);
  });
});

describe('a question about where our data lives is no hand-off', () => {
  test('when the writer asks who handles our data and where it is stored, then it is a security question', () => {
    expect(said('Who handles your data - is it stored in the EU?')).toEqual(['interested', ['security']]);
  });

  test('when the writer names a colleague who handles it, then it is still a hand-off', () => {
    expect(kindOf('Let me loop in my colleague who handles this.')).toEqual(['other', 'wrong_person']);
  });
});

describe('a later time, said another way', () => {
  test.each([
    ['Circling back in January makes more sense, everyone is out for the holidays.', '2027-01-01'],
    ["I'll be in a better position to look at this in Q2.", '2027-04-01'],
    ['Вернусь к этому вопросу в марте.', '2027-03-01'],
  ])('%j is a wait until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });

  test("when 'circling back' opens a no, then it stays a no", () => {
    expect(waitOf("Circling back — we talked internally and we'll pass for now.")).toEqual([
      'not_interested',
      'none',
    ]);
  });
});

describe('a yes with a question after "but first"', () => {
  test('when the writer agrees to a call but first asks what it handles, then it is a question', () => {
    expect(said('Yes to a call, but first - can it handle partner-sourced deals?')).toEqual([
      'interested',
      [],
    ]);
  });

  test('when the writer agrees to a call and asks for a time, then it is a plain yes', () => {
    expect(said('Yes to a call, but first - can we do Thursday?')).toEqual(['interested', 'none']);
  });
});

describe('a Dutch stop', () => {
  test('when the writer says not to mail any more, then it is an unsubscribe', () => {
    expect(kindOf('Dag, wij zijn niet geïnteresseerd. Graag niet meer mailen.')[0]).toBe('unsubscribe');
  });
});
