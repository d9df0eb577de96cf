import { read, said } from '../support/read-reply.js';

/**
 * Forty-two replies written only to measure, 2026-12-05 (docs/reply-classifier.md, "Held
 * elsewhere, and a desk's promise"): thirty everyday English ones, 28 of 30 in category and 25 in
 * intent and flags at first sight (four misses my labels), and twelve automatic replies as text
 * alone, 9 of 12. The real misses are below.
 */
describe('held elsewhere, and a desk’s promise', () => {
  test.each([
    // A contract with another tool until a date waits until then.
    ['Already have a contract with Salesloft through 2027, sorry.', '2027-01-01'],
    ["We're under contract with Outreach until 2028.", '2028-01-01'],
    ['We signed a 2-year agreement with Gong through March 2028.', '2028-03-01'],
  ])('when a reply says %j, then it waits until %s', (text, date) => {
    expect(read(text).intent).toEqual({ kind: 'not_now', followUp: date });
  });

  test('a contract beside a yes is the yes’s context', () => {
    expect(said("We're in a contract with another vendor through June 2027. Happy to talk in May.")).toEqual([
      'interested',
      'none',
    ]);
  });

  test('a question about another version, before "we don’t use Slack", asks', () => {
    expect(said("Is there a Teams version? We don't use Slack.")).toEqual(['interested', ['integration']]);
    expect(said("We don't use Slack.")).toEqual(['not_interested', 'none']);
  });

  test('their own colleague complaining about the problem, and the mail forwarded to him, is no complaint of us', () => {
    const r = read(
      'Hey! Funny timing, our CRO was just complaining about this. Forwarded your email to him — expect to hear from Mike.',
    );
    expect([r.category, r.intent.kind, r.flags.brand]).toEqual(['other', 'wrong_person', undefined]);
    expect(read('I will be complaining about this to your CEO.').flags.brand).toBe(true);
  });

  test.each([
    // A desk's promise that someone will call, beside "we have received your inquiry".
    ['We have received your inquiry. A sales representative will contact you within 48 hours.', 'auto_ack'],
    // An inbox read once a week.
    ['This inbox is checked once a week. If your matter is urgent, call +44 20 7946 0018.', 'none'],
  ])('when an automatic reply says %j with no header, then it is machine mail (%s)', (text, kind) => {
    const r = read(text);
    expect([r.category, r.intent.kind, r.flags.brand]).toEqual(['out_of_office', kind, undefined]);
  });
});
