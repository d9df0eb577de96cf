import { kindAndFlags, read, said } from '../support/read-reply.js';

/**
 * A team buying ClaimDesk asks how it handles stops, bounces and absences, in the words of the
 * stops themselves. Sixteen such questions written 2026-12-05 (docs/reply-classifier.md, "Questions
 * about stops"): 6 of 16 right at first sight, and eight were read as **stops**, which suppress the
 * contact team-wide. Found by reading the stop rules over ordinary prose.
 */
describe('questions about stops', () => {
  test.each([
    'Can reps opt out of the Slack alerts? Some of them hate notifications.',
    'How do I remove a rep from the list of owners when they leave?',
    'Does it delete the contact from the database when they unsubscribe?',
    "What happens when a prospect says 'remove me'? Does the sequence stop for everyone?",
    'If a lead unsubscribes from one rep, are they suppressed for the whole team?',
    "Our reps need to stop emailing people who've already said no. Can this help?",
    'Is there an audit log of who unsubscribed and when?',
    "Will it catch 'stop emailing me' replies written in Russian?",
    'We were reported for spam last quarter because of duplicate outreach. How would you prevent that?',
    'Умеет ли система останавливать рассылку, если клиент попросил отписаться?',
    'А если клиент написал «удалите меня из базы», менеджеры об этом узнают?',
    'Does it respect our do-not-contact list?',
    'How does it treat out of office replies?',
  ])('when a buyer asks %j, then it is a question, no stop', (text) => {
    expect(kindAndFlags(text)).toEqual(['interested', 'question', undefined, undefined]);
  });

  test.each([
    'How do I unsubscribe?',
    'Can you take me off your list?',
    "Can you stop emailing our reps? They're not interested.",
    'Can you remove them from your list?',
    'Remove me. Can reps opt out too?',
    "I said 'remove me' three times. Why am I still getting these?",
    'Не пишите мне больше. Как система это учтёт?',
  ])('when a reply says %j, then it still stops', (text) => {
    expect(read(text).category).toBe('unsubscribe');
  });

  test('a reproach put as a question still complains', () => {
    expect(
      read('Is this how you treat potential customers? Ignoring my unsubscribe twice?').flags.brand,
    ).toBe(true);
  });

  test('an out-of-office note still is one', () => {
    expect(said('I am out of the office until Monday with limited access to email.')[0]).toBe(
      'out_of_office',
    );
  });
});
