import { flagsOf, read } from '../support/read-reply.js';

/**
 * Praise beside ridicule of the pitch, and praise beside a public post either way (probes of
 * twenty and twelve, 2026-12-04; docs/reply-classifier.md, "Praise, sarcasm and a public post"): 11 of 20 and 3 of 12
 * at first sight, the praise read as a yes and "love it" excusing the post.
 */
describe('praise, sarcasm and a public post', () => {
  test('when praise sits beside ridicule of the pitch, then it is mock praise: a public complaint and a no', () => {
    for (const text of [
      'Love this. Posting it on LinkedIn as the laziest pitch of the year.',
      "Love it. Screenshotted for my newsletter under 'how not to prospect'.",
      "Great email! I'll be using it in my sales training as an example of what not to do.",
      'Wonderful pitch. My followers are going to love roasting it.',
      "Great stuff, really. I've posted it in our founders' Slack so nobody else falls for it.",
      'Отличное письмо! Покажу его на тренинге как пример того, как не надо писать.',
    ])
      expect([text, ...flagsOf(text)]).toEqual([text, 'not_interested', ['brand']]);
  });

  test('when praise asking for nothing sits beside our mail made public, then it is mock praise too', () => {
    expect(flagsOf('Wow, love the personalisation. Tweeting this one.')).toEqual([
      'not_interested',
      ['brand'],
    ]);
  });

  test('when a buyer who posted about us asks for a call, a price or a demo, then it is no complaint', () => {
    for (const text of [
      'I posted about your product on LinkedIn last month, love it. Can we talk expansion?',
      'Love what you’re building. I shared your launch on LinkedIn. Free for a call Thursday?',
      'We love it, and I posted a short review on G2 yesterday. Can we talk about adding the EMEA team?',
      'I wrote a LinkedIn post praising your onboarding. Happy to do a case study with you, let’s talk.',
    ])
      expect([text, ...flagsOf(text)]).toEqual([text, 'interested', []]);
  });

  test('when the worst is denied or is the writer’s own, then it is no verdict on us', () => {
    expect(read('Not the worst pitch I’ve seen. What does it cost for 15 reps?').category).toBe('interested');
    expect(
      flagsOf('We had the worst time with duplicate outreach last quarter. Can you show me how this works?'),
    ).toEqual(['interested', []]);
  });

  test('when a day is proposed as a question of its own, then it is a yes by rule', () => {
    const { category, signals } = read('Honestly the best cold email I’ve received this year. Tuesday at 2?');
    expect([category, signals]).toEqual(['interested', ['text:yes:time']]);
    expect(read('Why did you email me on a Sunday?').category).toBe('other');
  });

  test('when someone will report our mail, then it is a stop; reporting to their own boss is not', () => {
    expect(flagsOf('Big fan of your product, but this email is spammy and I’ll be reporting it.')).toEqual([
      'unsubscribe',
      ['brand'],
    ]);
    expect(flagsOf('Reported.')).toEqual(['unsubscribe', ['brand']]);
    expect(read('Going to report it to our CFO, she decides on tools. Send pricing?').category).toBe(
      'interested',
    );
  });

  test('when a reply shares it with the team on Slack, then it asks nothing about Slack', () => {
    expect(read('Love it — sharing with my team on Slack, we need this.').intent).toEqual({ kind: 'none' });
    expect(read('Does it post to Slack channels or only DMs?').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
  });
});
