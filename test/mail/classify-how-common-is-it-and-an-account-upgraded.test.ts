import { kindOf } from '../support/read-reply.js';

/**
 * Fifty-seventh session, eighth round (docs/reply-classifier.md, "How common is it, an account
 * upgraded"): twenty everyday English replies, eight long ones under confidentiality footers, ten
 * Russian and fifteen notes.
 */
describe('people', () => {
  test('"Honestly not sure we have this problem. How common is it?" asks', () => {
    expect(kindOf('Honestly not sure we have this problem. How common is it?')).toEqual([
      'interested',
      'question',
    ]);
  });

  test('"Honestly, not sure we have the problem you describe. Maybe I\'m wrong?" is still a no', () => {
    expect(kindOf("Honestly, not sure we have the problem you describe. Maybe I'm wrong?")[0]).toBe(
      'not_interested',
    );
  });

  test('"Let\'s do it. What info do you need from me?" is a yes, no security question', () => {
    expect(kindOf("Let's do it. What info do you need from me?")).toEqual(['interested', 'none']);
  });
});

describe('notes', () => {
  test.each([
    'Your Zoom account has been upgraded to Pro.',
    'Your phone number was added to your account.',
    "Don't miss out: 40% off annual plans ends Friday!",
    'You\'ve been invited to join the "Orbit Sales" workspace on Slack.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"A new rep was added to your account team? Who is it?" is a person’s', () => {
    expect(kindOf('A new rep was added to your account team? Who is it?')[0]).not.toBe('out_of_office');
  });
});
