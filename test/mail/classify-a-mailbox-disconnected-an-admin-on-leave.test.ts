import { kindOf, waitOf } from '../support/read-reply.js';

/**
 * Fifty-sixth session, eighth round (docs/reply-classifier.md, "A mailbox disconnected, an admin on
 * leave"): twenty everyday English replies, fifteen notes and ten Russian replies.
 */
describe('notes', () => {
  test.each([
    'Your shared channel invitation to "northwind-claimdesk" was accepted.',
    'Your Outreach mailbox has been disconnected. Reconnect to keep sending.',
    'Your meeting notes are ready: "Northwind discovery call".',
    "You've reached 80% of your monthly email sending quota.",
    'An admin changed your role to "Sales Manager" in HubSpot.',
    'Your domain claimdesk-mail.com is verified and ready to send.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});

describe('waits', () => {
  test('"Our Salesforce admin is on leave until January; can\'t do anything before then." is their wait, not an absence', () => {
    expect(waitOf("Our Salesforce admin is on leave until January; can't do anything before then.")).toEqual([
      'not_interested',
      '2027-01-01',
    ]);
  });

  test('"Давайте после Нового года, числа 15-го." waits until 15 January', () => {
    expect(waitOf('Давайте после Нового года, числа 15-го.')).toEqual(['not_interested', '2027-01-15']);
  });
});

describe('overkill', () => {
  test('"Is this overkill for a team of 3?" asks', () => {
    expect(kindOf('Is this overkill for a team of 3?')).toEqual(['interested', 'question']);
  });

  test('"We\'re a 5-person shop, this is overkill." is still a no', () => {
    expect(kindOf("We're a 5-person shop, this is overkill.")[0]).toBe('not_interested');
  });
});
