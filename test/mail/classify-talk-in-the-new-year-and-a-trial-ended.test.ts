import { kindOf, read, waitOf } from '../support/read-reply.js';

/**
 * Fifty-seventh session, fifth round (docs/reply-classifier.md, "Talk in the new year, a trial
 * ended"): twenty everyday English replies, twelve Russian, ten threats, six long ones and fifteen
 * notes in five languages.
 */
describe('people', () => {
  test.each([
    ['Talk to you in the new year.', '2027-01-01'],
    ['Мы уже работаем с конкурентом, договор до конца года.', '2027-01-01'],
  ])('%j waits until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });

  test('"Sounds good, talk to you next week!" is still a yes', () => {
    expect(kindOf('Sounds good, talk to you next week!')[0]).toBe('interested');
  });

  test('"Interesting idea, but I doubt our reps would use it." is a no', () => {
    expect(kindOf('Interesting idea, but I doubt our reps would use it.')).toEqual([
      'not_interested',
      'none',
    ]);
  });
});

describe('notes', () => {
  test.each([
    'Slack: Dana Lee sent you a direct message.',
    'Your LinkedIn Sales Navigator trial has ended.',
    'Sie haben eine neue Sprachnachricht von +49 30 1234567.',
  ])('%j is a notice, no complaint', (text) => {
    const r = read(text);
    expect([r.category, r.intent.kind, r.flags.brand ?? false]).toEqual(['out_of_office', 'auto_ack', false]);
  });
});
