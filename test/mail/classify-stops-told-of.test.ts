import { read } from '../support/read-reply.js';

/**
 * A buyer of a tool that handles stops tells of their own trouble with them. Ten such replies
 * written 2026-12-05 (docs/reply-classifier.md, "Stops told of"): 4 of 10 in category at first
 * sight, five read as **stops**, which would have suppressed a buyer who said yes.
 */
describe('stops told of', () => {
  test.each([
    "This is our exact problem. Last month a prospect asked to be removed and another rep emailed her two days later. Let's talk.",
    'Half our unsubscribe requests never reach the rep who owns the account. Can you show me how routing works?',
    "We keep getting flagged as spam because reps don't know who's already in a sequence. Interested.",
    'Our legal team has been on us about GDPR opt-outs. What does pricing look like?',
    'У нас проблема: клиент просит удалить его из базы, а другой менеджер пишет ему снова. Покажите, как это работает.',
  ])('when a buyer writes %j, then it is a yes, no stop', (text) => {
    expect(read(text).category).toBe('interested');
  });

  test('someone else’s stop, quoted, is neither a stop nor a complaint of ours', () => {
    const r = read(
      'One of our prospects wrote "please stop emailing me" to one rep and the others never knew. That\'s why I\'m replying.',
    );
    expect([r.category === 'unsubscribe', r.flags.brand]).toEqual([false, undefined]);
  });

  test.each([
    "I said 'remove me' three times. Why am I still getting these?",
    "My colleague wrote 'unsubscribe' to you last week. Why is she still getting these?",
    'Remove us from your list. Interested in nothing you sell.',
    'Stop emailing our team. We are not interested.',
    'Удалите нас из базы. Спасибо.',
  ])('when a reply says %j, then it still stops', (text) => {
    expect(read(text).category).toBe('unsubscribe');
  });
});
