import { kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-seventh session, eleventh round (docs/reply-classifier.md, "An approval asked, the added
 * value"): fifteen notes and twenty everyday English replies.
 */
describe('notes', () => {
  test.each([
    'Your Salesloft cadence "Enterprise Q1" was paused because a contact replied.',
    'Expense report ER-2231 requires your approval.',
    'Your account password was reset by an administrator.',
    "Your organization's Slack plan will renew on January 1.",
    'Your scheduled email to dana@northwind.com was sent.',
    'New comment on "Pricing FAQ": "Can we add annual billing here?"',
    'Your Google Ads campaign "Brand Search" has been approved.',
    'Thank you for your RSVP! We look forward to seeing you at Sales Summit 2027.',
    'Your API key was rotated successfully.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"Message blocked: the recipient has chosen not to receive email from your address." is a bounce', () => {
    expect(
      kindOf('Message blocked: the recipient has chosen not to receive email from your address.')[0],
    ).toBe('bounce');
  });

  test('"The order form requires your signature, can you sign today?" is a person’s', () => {
    expect(kindOf('The order form requires your signature, can you sign today?')[0]).not.toBe(
      'out_of_office',
    );
  });
});

describe('people', () => {
  test('"We use Salesforce territories already, what\'s the added value?" asks, no integration', () => {
    expect(said("We use Salesforce territories already, what's the added value?")).toEqual([
      'interested',
      [],
    ]);
  });

  test('"We\'re set with our current vendor through 2027." waits', () => {
    expect(waitOf("We're set with our current vendor through 2027.")).toEqual([
      'not_interested',
      '2027-01-01',
    ]);
  });
});
