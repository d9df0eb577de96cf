import { read, said } from '../support/read-reply.js';

/**
 * Waits and answers said in a few words, from the forty-first session's probes
 * (docs/reply-classifier.md, "After Christmas, next quarter not this one, 'вряд ли'").
 * Dates count from Monday 23 November 2026, as the corpus's do.
 */
describe('a time alone is when to come back', () => {
  test.each([
    ['After Christmas please.', '2027-01-01'],
    ['Next quarter, not this one.', '2027-01-01'],
    ['Beginning of 2027 is more realistic.', '2027-01-01'],
    ['After our sales kickoff in February.', '2027-02-01'],
    ['Reach back out once we close our Series B, probably February.', '2027-02-01'],
    // Chat shorthand: the quarter's last month as "end of Q4" is; the year's end as "end of the year".
    ['Ping me EOQ.', '2026-12-01'],
    ['Ping me at the end of the quarter.', '2026-12-01'],
    ['Ping me EOY.', '2027-01-01'],
    ["rn we're slammed, q2?", '2027-04-01'],
    ["We're slammed — maybe January?", '2027-01-01'],
  ])('%j waits until %s', (text, followUp) => {
    const r = read(text);
    expect([r.category, r.intent]).toEqual(['not_interested', { kind: 'not_now', followUp }]);
  });

  test('a meeting the week after next is a yes, not a wait', () => {
    expect(said('The week after next works better for a first call.')).toEqual(['interested', 'none']);
  });
});

describe('"hardly" as the whole answer is a no', () => {
  test.each([
    'Вряд ли.',
    'Ваше письмо попало в спам, так что вряд ли.',
    'Your email went to spam, so probably not.',
  ])('%j says no', (text) => {
    expect(said(text)).toEqual(['not_interested', 'none']);
  });

  test.each([
    ['Вряд ли мы успеем до пятницы, но давайте созвонимся в понедельник.', 'interested'],
    ['Вряд ли. Сколько стоит для пяти человек?', 'interested'],
  ])('%j is no such no (a doubt about something else, or before a question)', (text, category) => {
    expect(read(text).category).toBe(category);
  });
});
