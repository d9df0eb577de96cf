import { flagsOf, kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-fifth session, fourth round (docs/reply-classifier.md, "A budget that resets then"): fifteen
 * notices with no app's name, twenty everyday English replies and twelve waits and hand-offs, fresh;
 * six delivery failures and six whole mails in new shapes all right as shipped.
 */
describe('notices with no app named', () => {
  test.each([
    'Someone requested a password reset for your account.',
    'Your scheduled report "Weekly bookings" failed to run.',
    'A payment of $1,200.00 was sent to Northwind Inc.',
    'Meeting reminder: Northwind <> ClaimDesk starts at 2:00 PM.',
    'Your feedback matters! Rate your recent support experience.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"I requested a password reset but never got it. Can you help?" is a person’s', () => {
    expect(kindOf('I requested a password reset but never got it. Can you help?')[1]).not.toBe('auto_ack');
  });
});

describe('waits', () => {
  test.each([
    ['After Jan 15 please. Budget resets then.', '2027-01-15'],
    ['After January 15 please.', '2027-01-15'],
  ])('%j waits until %s', (text, date) => {
    expect(waitOf(text)).toEqual(['not_interested', date]);
  });
});

test('"Reach out to my EA, Jordan (jordan@pelican.co), to find time." is a yes, the EA booking it', () => {
  expect(kindOf('Reach out to my EA, Jordan (jordan@pelican.co), to find time.')).toEqual([
    'interested',
    'none',
  ]);
});

describe('longer replies', () => {
  test('a doubt, then what the product would give over a report: a question, no complaint', () => {
    const text =
      "Thanks for the persistence. I looked at the site and I'm not convinced we need a separate tool - Salesforce already shows account owners. What would ClaimDesk give us that a good territory report doesn't?";
    expect([...said(text), flagsOf(text)[1]]).toEqual(['interested', [], []]);
  });

  test('"Put a reminder in for April" beats the end of Q1 named before it', () => {
    expect(
      waitOf(
        "We're in the middle of an acquisition and every new vendor is frozen until the deal closes, probably end of Q1. Put a reminder in for April and I'll take a fresh look.",
      ),
    ).toEqual(['not_interested', '2027-04-01']);
  });

  test('"ping me jan" waits until January (two corpus replies read as no wait before)', () => {
    expect(waitOf('ping me jan')).toEqual(['not_interested', '2027-01-01']);
  });

  test('"I\'m not sure we need SSO, but do you have it?" still asks about SSO', () => {
    expect(said("I'm not sure we need SSO, but do you have it?")).toEqual([
      'interested',
      ['security', 'integration'],
    ]);
  });
});
