import { flagsOf, kindOf, said } from '../support/read-reply.js';

/**
 * Sixty-first session, the twenty-third round (docs/reply-classifier.md, "Flagged as a spammer"):
 * twelve threats and complaints and six whole mails written after the twenty-second round's lessons,
 * measured untaught, then taught.
 */
test.each([
  "I've flagged your company in our vendor risk system as a spammer.",
  "If I hear from your company again, I'll be posting this thread on LinkedIn.",
  'Это уже навязчивость. Будем жаловаться.',
])('a complaint that stops us is a stop with the complaint flagged: %s', (text) => {
  expect(flagsOf(text)).toEqual(['unsubscribe', ['brand']]);
});

/** The twenty-fourth round: twelve people's replies, 9 of 12 untaught. */
describe('the twenty-fourth round', () => {
  test('"What\'s the soonest we could start?" asks about the product, as "How soon could we get started?" does', () => {
    expect(
      said("We've had ClaimDesk on our shortlist for months. What's the soonest we could start?"),
    ).toEqual(['interested', []]);
  });

  test('"I\'m going to need a lot more than a cold email to trust a new vendor…" is a no', () => {
    expect(
      kindOf(
        "I'm going to need a lot more than a cold email to trust a new vendor with our pipeline data.",
      )[0],
    ).toBe('not_interested');
  });

  test('"We moved off Slack to Google Chat last quarter." is a no, as "We only use Google Chat." is', () => {
    expect(kindOf('We moved off Slack to Google Chat last quarter.')[0]).toBe('not_interested');
  });
});
