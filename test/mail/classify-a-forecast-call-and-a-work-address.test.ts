import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Fifty-fifth session, sixth round (docs/reply-classifier.md, "A forecast call, a work address"):
 * twenty everyday English replies, fifteen more sales tools' notices and twelve mixed replies, fresh.
 */
describe('sales tools’ notices', () => {
  test.each([
    'Chorus by ZoomInfo: New call recording available - "Northwind sync".',
    'People.ai: Activity capture paused for 2 reps.',
    'Your data export from Salesforce is complete.',
    'G2: Northwind is comparing you to Outreach.',
    'Clari: Forecast call starts in 15 minutes.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"Sam: I paused my sequence for Northwind." is a person’s', () => {
    expect(kindOf('Sam: I paused my sequence for Northwind.')[1]).not.toBe('auto_ack');
  });
});

test('"Why would I pay for this when Salesforce has ownership fields?" answers itself: a no', () => {
  expect(kindOf('Honest question - why would I pay for this when Salesforce has ownership fields?')).toEqual([
    'not_interested',
    'none',
  ]);
});

test('"Can I see a sample of the Slack alerts?" asks to see it', () => {
  expect(said('Can I see a sample of the Slack alerts?')).toEqual(['interested', ['demo', 'integration']]);
});

test('"What\'s the one thing it does better than our CRM?" asks about the product', () => {
  expect(said("Ok but keep it short. What's the one thing it does better than our CRM?")).toEqual([
    'interested',
    [],
  ]);
});

describe('a move to another of the writer’s addresses', () => {
  test('"Please stop emailing my personal address. Use my work one: dana@acme.com" moves, no stop', () => {
    const reply = read('Please stop emailing my personal address. Use my work one: dana@acme.com');
    expect([reply.category, reply.intent]).toEqual([
      'other',
      { kind: 'referral', people: [{ email: 'dana@acme.com' }] },
    ]);
  });

  test('"Please stop. This is my personal email and I don\'t work in sales." still stops', () => {
    expect(kindOf("Please stop. This is my personal email and I don't work in sales.")[0]).toBe(
      'unsubscribe',
    );
  });
});
