import { read, readUnder } from '../support/read-reply.js';

/**
 * Twenty machine notes with no machine header, from the fortieth session's probes
 * (docs/reply-classifier.md, "Response times, a blocked message, someone else away"): 15 of 20
 * as shipped, two of the misses my labels.
 */
test.each([
  'Your email has been received. Due to high volume, please allow 3-5 business days for a response.',
  'Your email has been received. We will respond within 2 business days.',
])('%j is an acknowledgement: no DM, no SLA', (text) => {
  const r = read(text);
  expect([r.category, r.intent.kind]).toEqual(['out_of_office', 'auto_ack']);
});

test('a person promising an answer in two days is no acknowledgement', () => {
  expect(read('Thanks! We will respond within 2 business days, I promise.').category).toBe('other');
});

test('"Message blocked" with "your message to … has been blocked" is a bounce; the same words under "Re:" are not', () => {
  const text =
    "Your message to sales@acme.com has been blocked. The recipient's domain has a policy that prevents messages from unknown senders.";
  expect(readUnder('Message blocked', text).category).toBe('bounce');
  expect(readUnder('Re: hello', text).category).not.toBe('bounce');
});

test('an automated note that the person is on vacation is an absence, not a ticket', () => {
  const r = read(
    'This is an automated message: the person you are trying to reach is on vacation. Your message will not be forwarded.',
  );
  expect([r.category, r.intent.kind]).toEqual(['out_of_office', 'none']);
});

test('"Your" opening a sentence is no name beside an address', () => {
  const r = read('Your email to john@acme.com was blocked by our filter, can you resend?');
  expect(r.intent).toEqual({ kind: 'referral', people: [{ email: 'john@acme.com' }] });
});

describe('a stop in the subject, and "looking forward to it" (fortieth session, fifteen subject-led mails: 12 of 15)', () => {
  test.each([
    ['Re: Quick question - UNSUBSCRIBE', ''],
    ['Remove me', 'Please.'],
    ['[Unsubscribe] Re: Quick question', ''],
  ])('subject %j with %j said is a stop', (subject, text) => {
    expect(readUnder(subject, text).category).toBe('unsubscribe');
  });

  test('a subject that only mentions stopping is no stop', () => {
    expect(readUnder('Re: How to stop reps double-emailing', 'Thanks').category).not.toBe('unsubscribe');
  });

  test('"Looking forward to it." is a yes; an absence note’s "looking forward to speaking when I’m back" stays an absence', () => {
    expect(readUnder('Accepted: Demo with OurCo', 'Looking forward to it.').category).toBe('interested');
    expect(read('Looking forward to the call.').category).toBe('interested');
    expect(read("I'm on leave until Monday. Looking forward to speaking when I'm back.").category).toBe(
      'out_of_office',
    );
  });
});
