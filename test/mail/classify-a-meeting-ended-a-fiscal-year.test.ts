import { flagsOf, kindOf, read, waitOf } from '../support/read-reply.js';

/**
 * Fifty-sixth session, first round (docs/reply-classifier.md, "A meeting ended, a fiscal year"):
 * twenty everyday English replies, fifteen machine notes, ten longer replies under signatures,
 * twelve Russian, ten sarcastic and fifteen notes with no header, fresh.
 */
describe('notes an app sends its user, with a buyer’s words inside', () => {
  test.each([
    'Your Zoom meeting "ClaimDesk demo with Northwind" has ended. The recording will be available shortly.',
    'Intercom: New conversation from Dana Lee - "Hi, do you integrate with Salesforce?"',
    "Password reset requested for your Salesforce account. If this wasn't you, ignore this email.",
    'The document "ClaimDesk Security Questionnaire" was shared with you by Dana Lee.',
    'New voicemail from +1 415 555 0142 (0:42). Transcription: "Hi, calling about the pricing you sent..."',
  ])('%j is a notice, not a question', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"Dana: "Do you integrate with Salesforce?" is what I asked. Still waiting." is a person’s', () => {
    expect(kindOf('Dana: "Do you integrate with Salesforce?" is what I asked. Still waiting.')[1]).not.toBe(
      'auto_ack',
    );
  });
});

test('a report that a message was not delivered because the inbox is full is a bounce', () => {
  const r = read("This message was not delivered to dana@acme.com because the recipient's inbox is full.");
  expect([r.category, r.bouncedAddress]).toEqual(['bounce', 'dana@acme.com']);
});

test('"no budget for new tools until the next fiscal year, which starts in July" waits until July', () => {
  expect(
    waitOf(
      'Hello,\n\nI appreciate the persistence but we have no budget for new tools until the next fiscal year, which starts in July.\n\nRegards,\nHenrik',
    ),
  ).toEqual(['not_interested', '2027-07-01']);
});

test('"I love how you pretend we\'ve spoken before. Remove me." is a stop that hurts the brand', () => {
  expect(flagsOf("I love how you pretend we've spoken before. Remove me.")).toEqual([
    'unsubscribe',
    ['brand'],
  ]);
});
