import { kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-seventh session, fourth round (docs/reply-classifier.md, "A security review, a flight
 * boarding"): twenty everyday English replies, twelve Russian, eight long ones and fifteen notes.
 */
describe('people', () => {
  test('"Our legal team requires a security review: SOC 2 report, pen test summary…" is paperwork, no threat', () => {
    const r = read(
      'Sam, hi.\n\nWe are interested. Our legal team requires a security review: SOC 2 report, pen test summary and your subprocessor list. Who should we send the questionnaire to?\n\nKim',
    );
    expect([r.category, r.flags.legal ?? false]).toEqual(['interested', false]);
    expect(said('Our legal team requires a security review: SOC 2 report, pen test summary.')[0]).toBe(
      'interested',
    );
  });

  test('"Our legal team will report you for this spam." is still a threat', () => {
    expect(read('Our legal team will report you for this spam.').flags.legal).toBe(true);
  });

  test.each(["I'm not in sales, I'm the office manager.", 'Not in sales, sorry.'])(
    '%j is the wrong person',
    (text) => {
      expect(kindOf(text)).toEqual(['other', 'wrong_person']);
    },
  );

  test('"Just bought a competitor\'s product last week, unfortunately." is a no', () => {
    expect(kindOf("Just bought a competitor's product last week, unfortunately.")).toEqual([
      'not_interested',
      'none',
    ]);
  });

  test('"My inbox is a disaster this week. Can you resend this next Monday?" waits until Monday', () => {
    expect(waitOf('My inbox is a disaster this week. Can you resend this next Monday?')).toEqual([
      'not_interested',
      '2026-11-30',
    ]);
  });

  test('"Can you resend? The link is broken." is no wait', () => {
    expect(kindOf('Can you resend? The link is broken.')[1]).not.toBe('not_now');
  });
});

describe('notes', () => {
  test.each([
    'Your flight to Berlin is now boarding at Gate B12.',
    'Gong: 3 deals at risk this week.',
    'Your free plan includes 3 seats. Upgrade to add more.',
    'This email was sent to you because you are a member of the Sales Leaders group.',
    'Your data has been exported successfully. Download it here.',
  ])('%j is a notice, no complaint', (text) => {
    const r = read(text);
    expect([r.category, r.intent.kind, r.flags.brand ?? false]).toEqual(['out_of_office', 'auto_ack', false]);
  });

  test('"Updated invitation with note: Intro call @ Thu Dec 3…" is their invitation: a yes', () => {
    expect(kindOf('Updated invitation with note: Intro call @ Thu Dec 3, 2026 11am - 11:30am (EST)')[0]).toBe(
      'interested',
    );
  });
});
