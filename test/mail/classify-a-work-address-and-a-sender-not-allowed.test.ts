import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Sixtieth session, the fourth round (docs/reply-classifier.md, "A work address, a sender not
 * allowed"): twenty-four people's replies and ten notes written after the third round's lessons,
 * measured untaught, then taught.
 */
describe('people', () => {
  test('"please do not email my work address about this again" is a stop', () => {
    expect(kindOf('Respectfully, please do not email my work address about this again.')[0]).toBe(
      'unsubscribe',
    );
    expect(kindOf('Please email my work address instead, I rarely check this one.')[0]).not.toBe(
      'unsubscribe',
    );
  });

  test('"I\'d like them deleted" after "my details" is a stop', () => {
    expect(kindOf("Not sure how you got my details but I'd like them deleted please.")[0]).toBe(
      'unsubscribe',
    );
    expect(kindOf("I'd like my details deleted please.")[0]).toBe('unsubscribe');
    expect(kindOf('My details changed, please update them.')[0]).not.toBe('unsubscribe');
  });

  test('"only if you can host in Canada" asks about security', () => {
    expect(said("We're interested but only if you can host in Canada.")).toEqual([
      'interested',
      ['security'],
    ]);
  });
});

describe('notes', () => {
  test.each([
    '550 Requested action not taken: mailbox unavailable (user suspended)',
    'Message from Microsoft Outlook: your message to ops@initech.com was rejected because the sender is not allowed to send to this distribution group.',
  ])('%j is a bounce', (text) => {
    expect(read(text).category).toBe('bounce');
  });
});
