import { kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-sixth session, ninth round (docs/reply-classifier.md, "An EA about time, a similar tool's
 * spam"): twenty everyday English replies and fifteen notes.
 */
describe('everyday replies', () => {
  test('"Talk to my EA, Rosa, about finding time: rosa@kestrel.io" is a yes, no hand-off', () => {
    expect(kindOf('Talk to my EA, Rosa, about finding time: rosa@kestrel.io')).toEqual([
      'interested',
      'none',
    ]);
  });

  test('"We were burned by a similar tool last year that spammed our Slack. How noisy is yours?" asks', () => {
    expect(
      said('We were burned by a similar tool last year that spammed our Slack. How noisy is yours?'),
    ).toEqual(['interested', ['integration']]);
  });

  test('"Stop wasting your time, we\'ll never buy this." is a no', () => {
    expect(kindOf("Stop wasting your time, we'll never buy this.")[0]).toBe('not_interested');
  });

  test('"After the 15th please." waits until the 15th', () => {
    expect(waitOf('After the 15th please.')).toEqual(['not_interested', '2026-12-15']);
  });
});

describe('notes', () => {
  test.each([
    'Dana Lee shared a Loom with you: "Quick question about pricing"',
    'Your LinkedIn Sales Navigator InMail credits have been renewed.',
    "We noticed you haven't logged in for a while. Here's what's new in ClaimDesk.",
    'Your bank transfer of $2,400.00 to Northwind Trading is complete.',
    'Your Zoom recording "Northwind demo" will be deleted in 30 days.',
    'Notification from Northwind IT: Scheduled maintenance tonight 10pm-2am.',
    'Google Drive: 3 files were shared with you by Dana Lee.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});
