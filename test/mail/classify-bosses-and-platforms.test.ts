import { read, said } from '../support/read-reply.js';

/**
 * Twenty-five everyday replies from the fortieth session's probes (docs/reply-classifier.md, "A
 * boss against it, Teams instead of Slack, locked in through a date"): 19 of 25 as shipped.
 */
test('someone above the writer against more tools is a no, after praise too', () => {
  expect(said('Your product looks great but our CEO is against adding more tools. Sorry.')).toEqual([
    'not_interested',
    'none',
  ]);
  expect(read('Our CFO is dead set against new software spend this year.').category).toBe('not_interested');
  // A question after it still asks.
  expect(said('Management is against any new vendors. Is there a free tier?')).toEqual([
    'interested',
    ['pricing'],
  ]);
});

test.each([
  'Does it support Microsoft Teams instead of Slack?',
  'Does it work in Teams instead of Slack?',
  'Можно ли использовать в Teams вместо Slack?',
])('%j asks where the app lives: integration', (text) => {
  expect(said(text)).toEqual(['interested', ['integration']]);
});

test.each([
  ["We're locked into Outreach through next September.", '2027-09-01'],
  ["Appreciate it, but we're locked into Salesforce's native tools through 2028.", '2028-01-01'],
])('%j waits until %s, as "locked into … until" does', (text, followUp) => {
  expect(read(text).intent).toEqual({ kind: 'not_now', followUp });
});

describe('buyers’ questions and one-liners (a second set of twenty-five)', () => {
  test.each([
    ['Do you sign BAAs?', ['security', 'contract']],
    ['Does it log to our SIEM?', ['security']],
  ])('%j asks about %j', (text, topics) => {
    expect(said(text)).toEqual(['interested', topics]);
  });

  test('who should be on the call is a yes', () => {
    expect(said('Both Priya (priya@acme.com) and Leo (leo@acme.com) should be on the call.')).toEqual([
      'interested',
      'none',
    ]);
  });

  test('a company with no sales team, selling through distributors, is a no; a freelancer with none is the wrong person', () => {
    expect(said("We don't have a sales team, we sell through distributors.")).toEqual([
      'not_interested',
      'none',
    ]);
    expect(said("I'm a freelancer, I don't have a sales team.")).toEqual(['other', 'wrong_person']);
  });
});

describe('procurement and paperwork (fifteen, 7 of 15 as shipped)', () => {
  test.each([
    [
      'Our procurement process takes about 6 weeks. Can you fill out our vendor onboarding form?',
      ['contract'],
    ],
    ['Legal redlined the MSA, sending it back now.', ['contract']],
    ['Our security team needs to complete a vendor risk assessment first.', ['security']],
    ['We need to run this by our CISO before any trial.', ['security']],
    ["Can you match Gong's price?", ['pricing']],
  ])('%j asks about %j', (text, topics) => {
    expect(said(text)).toEqual(['interested', topics]);
  });

  test('terms reviewed and found wanting stay a no', () => {
    expect(read('I reviewed your terms of service; the liability cap is too low for us.').category).not.toBe(
      'interested',
    );
  });
});

test('a quote "with a 3-year term" asks about price and contract', () => {
  expect(said('Could we get a quote for 200 seats with a 3-year term?')).toEqual([
    'interested',
    ['pricing', 'contract'],
  ]);
});
