import { kindOf, read } from '../support/read-reply.js';

/**
 * Fifty-seventh session, second round (docs/reply-classifier.md, "A spreadsheet that works, qmail
 * says hi"): twenty everyday English replies, twelve Russian, twelve sarcastic or angry, six long
 * ones and fifteen notes.
 */
describe('bounces pasted as text', () => {
  test.each([
    "The following message to <dana@northwind.com> was undeliverable. The reason for the problem: 5.1.0 - Unknown address error 550-'Mailbox not found'",
    "Your message couldn't be delivered to kim@tallis.com because the remote server is misconfigured.",
    "Hi. This is the qmail-send program at mail.example.com. I'm afraid I wasn't able to deliver your message to the following addresses.",
    'Your message has been blocked because it appears to be spam.',
  ])('%j is a bounce', (text) => {
    expect(read(text).category).toBe('bounce');
  });

  test('"Your email was flagged by our filter as suspicious, who sent this?" is still a person’s', () => {
    expect(read('Your email was flagged by our filter as suspicious, who sent this?').category).not.toBe(
      'bounce',
    );
  });
});

describe('people', () => {
  test.each([
    'Meh. We have a spreadsheet that works.',
    'We have something that works fine.',
    "Sure, and I'd love a bridge in Brooklyn too.",
  ])('%j is a no', (text) => {
    expect(kindOf(text)).toEqual(['not_interested', 'none']);
  });

  test('"We have a tool that works, but how is yours different?" still asks', () => {
    expect(kindOf('We have a tool that works, but how is yours different?')).toEqual([
      'interested',
      'question',
    ]);
  });
});
