import { absenceOf, kindOf, said } from '../support/read-reply.js';

/**
 * Fifty-sixth session, third round (docs/reply-classifier.md, "A link visited, a plane"): twenty
 * everyday English replies, fifteen more notes, twelve Russian and twelve absences typed by hand.
 */
describe('notes read as a yes, a complaint or a question', () => {
  test.each([
    'Your Calendly link was visited 6 times today.',
    'Your LinkedIn post is getting attention: 1,203 impressions.',
    'Your subscription payment of $49.00 was successful.',
    'Dana Lee replied to your comment in "Pricing FAQ": "Do annual plans include SSO?"',
    'Reminder from Northwind HR: Holiday party RSVPs due Friday.',
    'Your 2FA code is 482913. It expires in 10 minutes.',
    'Your message to the "sales-team" group is pending approval by a moderator.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});

describe('absences typed by hand', () => {
  test.each([
    ['Off sick today, will pick this up tomorrow.', '2026-11-24'],
    ['On a plane most of today. Will respond tonight or tomorrow.', '2026-11-24'],
    ["I'm off until the 30th but my colleague Paul can help: paul.r@harbor.io", '2026-11-30'],
  ])('%j is an absence (back %s)', (text, back) => {
    expect(absenceOf(text)).toEqual(['out_of_office', back]);
  });
});

describe('no time for calls, yes to email', () => {
  test('"Can we do this over email? I don\'t have time for calls." is a yes', () => {
    expect(kindOf("Can we do this over email? I don't have time for calls.")).toEqual(['interested', 'none']);
  });

  test('"I don\'t have time for calls, send me pricing by email." asks the price', () => {
    expect(said("I don't have time for calls, send me pricing by email.")).toEqual([
      'interested',
      ['pricing'],
    ]);
  });

  test('"I don\'t have time for calls." alone is still a no', () => {
    expect(kindOf("I don't have time for calls.")[0]).toBe('not_interested');
  });
});
