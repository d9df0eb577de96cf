import { kindOf } from '../support/read-reply.js';

/**
 * Fifty-seventh session, ninth round (docs/reply-classifier.md, "Built it last month, a bot
 * promising a human"): twenty everyday English replies, ten Russian and fifteen notes.
 */
describe('people', () => {
  test.each([
    'Can the claim window be customized per team?',
    "I'll be honest — we tried two of your competitors and both failed. Why would yours work?",
    'Нас интересует только русский интерфейс. Он есть?',
  ])('%j asks', (text) => {
    expect(kindOf(text)).toEqual(['interested', 'question']);
  });

  test('"Sounds great in theory, but we tried two tools like this and both failed." is still a no', () => {
    expect(kindOf('Sounds great in theory, but we tried two tools like this and both failed.')[0]).toBe(
      'not_interested',
    );
  });

  test.each(['Lol, we literally built this last month.', 'We built this in 2019.'])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });

  test('"This sounds like something our RevOps lead would care about. Her name is Mia." is the wrong person', () => {
    expect(kindOf('This sounds like something our RevOps lead would care about. Her name is Mia.')).toEqual([
      'other',
      'wrong_person',
    ]);
  });
});

describe('notes', () => {
  test.each([
    'Your Outreach sequence "Q4 Enterprise" has finished.',
    'Your e-signature request was declined by the signer.',
    'Webinar starts in 1 hour: Building a Claims Process.',
    'Your shared link to "Deck.pdf" has expired.',
    'We noticed unusual activity on your account. Please verify your identity.',
    'Your Apollo credits reset tomorrow.',
    "Hi! I'm the Orbit bot. A human will get back to you soon. In the meantime, check our help center.",
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});
