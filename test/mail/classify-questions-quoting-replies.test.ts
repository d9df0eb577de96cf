import { kindAndFlags, read } from '../support/read-reply.js';

/**
 * A buyer asking about the replies the tool reads quotes them: "What does it do when a prospect
 * replies 'not interested'?". Eighteen such questions written 2026-12-05 (docs/reply-classifier.md,
 * "Questions that quote replies"): 12 of 18 in category and 7 of 18 in intent and flags at first
 * sight; four were read as the quote's own category and two as brand complaints.
 */
describe('questions that quote replies', () => {
  test.each([
    'What does it do when a prospect replies "not interested"? Does the rep still get pinged?',
    'How do you handle replies that say "I\'m no longer with the company, contact jane@x.com"?',
    'Is there a way to mark a reply as "wrong person" and reassign it?',
    'Can we set a rule that anyone who says "stop" is removed from every sequence company-wide?',
    'Как система отличает автоответ «я в отпуске» от настоящего ответа?',
    'Можно ли настроить, чтобы жалобы клиентов сразу шли юристу?',
    'Can it warn us when someone threatens to post about us on LinkedIn?',
    'Can it tell a spam complaint from a normal no?',
    'How accurate is the reply classification? We had a tool that marked every auto-reply as interested.',
    'What if two reps both claim the same account? Who wins?',
    // A quote given as an example, and an apostrophe inside it.
    "We're drowning in auto-replies like 'I'm on vacation until Monday'. Can your tool filter those?",
    'Undeliverable messages pile up in our shared inbox. Does it read those?',
  ])('when a buyer asks %j, then it is a question with no flag', (text) => {
    expect(kindAndFlags(text)).toEqual(['interested', 'question', undefined, undefined]);
  });

  test('a question its legal team asks without a question mark threatens nothing', () => {
    const r = read(
      'Our legal team wants to know how you process personal data under GDPR. Do you have a DPA?',
    );
    expect([r.category, r.intent, r.flags.legal]).toEqual([
      'interested',
      { kind: 'question', topics: ['security', 'contract'] },
      undefined,
    ]);
  });

  test.each([
    // A quote said by the writer, in a reproach or outside a question, stays said.
    ["What part of 'not interested' don't you understand?", 'unsubscribe', undefined],
    ["Do you honestly think anyone falls for the fake 'Re:' trick?", 'not_interested', true],
    ["Did you seriously just address me as 'Dear Sir/Madam {FirstName}'? Wow.", 'not_interested', true],
    ["I said 'not interested' last week. Please stop.", 'unsubscribe', undefined],
    ["I've been saying 'not interested' for weeks.", 'not_interested', undefined],
  ])('when a reply says %j, then it stays %s', (text, category, brand) => {
    const r = read(text);
    expect([r.category, r.flags.brand]).toEqual([category, brand]);
  });
});
