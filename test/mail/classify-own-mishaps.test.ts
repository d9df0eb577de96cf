import { read, said } from '../support/read-reply.js';

/**
 * Ten longer replies in mail form written only to measure, 2026-12-05 (greeting, reply, sign-off):
 * 8 of 10 in category, 6 of 10 intents and flags at first sight, three misses my labels against the
 * corpus's (docs/reply-classifier.md, "Their own mishaps, and a colleague asked along").
 */
describe('their own mishaps', () => {
  test.each([
    [
      "Thanks for reaching out. It seems relevant — we've had a couple of embarrassing double-sends this quarter. That said, I'm heads-down until the 15th of January. Could you ping me the week after?",
      ['not_interested', 'not_now'],
    ],
    ["We've had a couple of embarrassing double-sends this quarter.", ['other', 'none']],
  ])('when a reply says %j, then it is read as %j with no brand flag', (text, expected) => {
    expect(said(text)).toEqual(expected);
    expect(read(text).flags.brand).toBeUndefined();
  });

  test.each([
    // Said of us, it still is a complaint.
    ['We’ve had embarrassing emails from you.'],
    ['Embarrassing email.'],
    ['This is embarrassing. Your fourth email this quarter.'],
  ])('when a reply says %j, then it is still a complaint', (text) => {
    expect(read(text).flags.brand).toBe(true);
  });
});

describe('a colleague asked along', () => {
  test('when a yes asks for an invite and to add a colleague too, then it is a yes, not a hand-off', () => {
    const text =
      "Hey Sam — yes, let's talk. Can you send a calendar invite for Tuesday 10am Pacific? Add my colleague jen@ridge.io too.\n\nTom";
    expect(said(text)).toEqual(['interested', 'none']);
  });

  test('when a reply hands on with "Add my colleague …", then the colleague is the referral, and "Add" is no name', () => {
    const r = read('Not my area. Add my colleague jen@ridge.io to the thread, she decides.');
    expect(r.intent).toEqual({ kind: 'referral', people: [{ email: 'jen@ridge.io' }] });
  });

  test('when a yes names the one who would own it, copied in, then it is still a hand-off', () => {
    const r = read(
      "Yes, I'm interested, but the person who'd own this is our RevOps lead, Priya Nair (priya.nair@brightline.io). I've copied her here.",
    );
    expect(r.intent.kind).toBe('referral');
  });
});
