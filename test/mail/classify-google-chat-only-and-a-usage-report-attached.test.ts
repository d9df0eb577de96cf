import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Fifty-seventh session, tenth round (docs/reply-classifier.md, "Google Chat only, a usage report
 * attached"): twenty everyday English replies and fifteen notes.
 */
describe('people', () => {
  test('"We only use Google Chat." is a no', () => {
    expect(kindOf('We only use Google Chat.')).toEqual(['not_interested', 'none']);
  });

  test('"We only use Teams. Do you have a Teams version?" still asks', () => {
    expect(kindOf('We only use Teams. Do you have a Teams version?')).toEqual(['interested', 'question']);
  });

  test('"Does your app store message content in Slack?" asks about security', () => {
    expect(said('Does your app store message content in Slack?')[1]).toContain('security');
  });

  test('"We\'ve been burned by tools that over-promise. What\'s your actual adoption rate?" asks', () => {
    expect(kindOf("We've been burned by tools that over-promise. What's your actual adoption rate?")).toEqual(
      ['interested', 'question'],
    );
  });
});

describe('notes', () => {
  test.each([
    'Your credit card ending in 4242 expires next month.',
    'Your billing information has been updated.',
    'The webinar recording you registered for is now available.',
    'Your invoice for November is attached.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"Your team\'s usage report for November is attached." is a notice, no complaint', () => {
    const r = read("Your team's usage report for November is attached.");
    expect([r.category, r.intent.kind, r.flags.brand ?? false]).toEqual(['out_of_office', 'auto_ack', false]);
  });

  test('"Your e-mail could not be delivered to: sam@orbit.io. Reason: mailbox unavailable." is a bounce', () => {
    expect(
      read('Your e-mail could not be delivered to: sam@orbit.io. Reason: mailbox unavailable.').category,
    ).toBe('bounce');
  });
});
