import { kindOf, read } from '../support/read-reply.js';

/**
 * Fifty-eighth session, the sixth and seventh rounds (docs/reply-classifier.md, "Your competitor, a
 * login from Safari"): twenty threats, complaints and sneers, fifteen everyday replies and ten notes
 * written after the fifth round's lessons, measured untaught, then taught.
 */
describe('notes', () => {
  test.each([
    'New login to Slack from Safari on macOS.',
    'Your workspace "Initech Sales" has been scheduled for deletion.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"New login to our office from the back door? Call me." is a person’s', () => {
    expect(kindOf('New login to our office from the back door? Call me.')[0]).not.toBe('out_of_office');
  });
});

describe('people', () => {
  test('"Ha! We\'re literally your competitor." is a no; asking after it is a question', () => {
    expect(kindOf("Ha! We're literally your competitor.")).toEqual(['not_interested', 'none']);
    expect(kindOf("We're literally your competitor. How do you handle SSO?")).toEqual([
      'interested',
      'question',
    ]);
  });

  test('"Love the product, hate the cadence. Email me once a month, max." is a yes, no wait', () => {
    expect(kindOf('Love the product, hate the cadence. Email me once a month, max.')).toEqual([
      'interested',
      'none',
    ]);
  });

  test('"Email me once a month, max." names how often, not when: no wait', () => {
    expect(read('Email me once a month, max.').intent.kind).not.toBe('not_now');
  });

  test('"We love the product we have, thanks." is no yes', () => {
    expect(kindOf('We love the product we have, thanks.')[0]).not.toBe('interested');
  });
});
