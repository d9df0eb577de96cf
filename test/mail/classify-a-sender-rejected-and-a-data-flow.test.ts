import { kindOf, said } from '../support/read-reply.js';

/**
 * Sixty-first session, the twenty-fifth and twenty-sixth rounds (docs/reply-classifier.md, "A sender
 * rejected, a data flow"): ten notes with no header and twelve people's replies written after the
 * twenty-fourth round's lessons, measured untaught, then taught.
 */
test.each([
  'Sender address rejected: Domain not found',
  'The recipient has requested that all messages be delivered to a new address. Your message has not been forwarded.',
])("a server's report pasted as text is a bounce: %s", (text) => {
  expect(kindOf(text)[0]).toBe('bounce');
});

test('"This inbox is for support requests only. For sales inquiries please visit our website." is a desk\'s', () => {
  expect(
    kindOf(
      'Hello, thanks for reaching out! This inbox is for support requests only. For sales inquiries please visit our website.',
    ),
  ).toEqual(['out_of_office', 'auto_ack']);
});

test('"I\'ll need to see a data flow diagram before anything else." is a security question', () => {
  expect(said("I'll need to see a data flow diagram before anything else.")).toEqual([
    'interested',
    ['security'],
  ]);
});
