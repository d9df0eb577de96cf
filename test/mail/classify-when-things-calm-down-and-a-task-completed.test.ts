import { kindOf, waitOf } from '../support/read-reply.js';

/**
 * Fifty-fourth session, fifth round (docs/reply-classifier.md, "When things calm down, a task
 * completed"): twenty everyday English replies and fifteen more work tools' notices, fresh.
 */
describe('a look promised for when things calm down', () => {
  test('"I\'ll take a look when things calm down, probably January." waits until January', () => {
    expect(waitOf("I'll take a look when things calm down, probably January.")).toEqual([
      'not_interested',
      '2027-01-01',
    ]);
  });

  test('"I\'ll take a look when things calm down." is a wait with no date', () => {
    expect(kindOf("I'll take a look when things calm down.")).toEqual(['not_interested', 'not_now']);
  });

  test('"I\'ll take a look." is still a yes', () => {
    expect(kindOf("Send it over, I'll take a look.")[0]).toBe('interested');
  });
});

describe('work tools’ notices', () => {
  test.each([
    'Your order from Staples has been delivered.',
    'Canva: Your design "Q4 Sales Deck" was shared with 3 people.',
    'Asana: Sam completed the task "Send pricing to Northwind".',
    'Your webinar "Cleaner pipelines" starts in 1 hour. Join here.',
    'Typeform: You\'ve got 5 new responses to "Customer survey".',
    'Apollo: Your export of 250 contacts is complete.',
    'Your Microsoft 365 subscription will renew on Dec 15 for $264.00.',
    'Gong: Deal warning - Northwind has had no activity in 10 days.',
    'Loom: Dana watched your video "ClaimDesk in 2 minutes".',
    'Notion: Priya invited you to "Sales Playbook 2027".',
  ])('%j is a notice, never a yes or a complaint', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    'I watched your video, nice.',
    'Sam completed the task and sent pricing.',
    'We have 3 new responses from the team, all positive.',
  ])('%j is a person’s own words', (text) => {
    expect(kindOf(text)[1]).not.toBe('auto_ack');
  });
});

test('"Send me some info and I\'ll take a look when things calm down in February." asks for the info now', () => {
  expect(kindOf("Send me some info and I'll take a look when things calm down in February.")[0]).toBe(
    'interested',
  );
});
