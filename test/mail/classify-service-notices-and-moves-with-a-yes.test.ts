import { absenceOf, kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Forty-eighth session (docs/reply-classifier.md, "A meeting booked by a machine, a move with a
 * yes"): 66 replies (buyers' questions, machine notes with no header, Russian, two intents, absences
 * typed by hand) 49 right as shipped, 52 once my labels followed the corpus's; now 66.
 */
describe('notices a service sends its users', () => {
  test.each([
    "You're on the list! We'll let you know as soon as early access opens.",
    'Your meeting with Jordan Lee has been scheduled for Tuesday, December 1 at 10:00 AM PT. A calendar invitation has been sent.',
    "Congratulations! You've been selected for our exclusive customer advisory board. Reply YES to join.",
    'We noticed a new sign-in to your account from Chrome on Windows. If this was you, no action is needed.',
    'Your free trial ends in 3 days. Upgrade now to keep your data and unlock all features.',
  ])('%j is a notice, never a yes', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});

describe('absences typed in few words', () => {
  test.each([
    ['Away on a company offsite Mon-Wed, back Thursday.', '2026-11-26'],
    ["I'm off until after the new year. Happy holidays!", '2027-01-01'],
    ['Vacation until Dec 8th. Limited access.', '2026-12-08'],
    ['Back in the office next Monday, will respond then.', '2026-11-30'],
  ])('%j is an absence until %s', (text, back) => {
    expect(absenceOf(text)).toEqual(['out_of_office', back]);
  });
});

describe('two intents in one reply', () => {
  test('when the writer stops their old address for a new one and is happy to chat there, then it is a yes with the new address', () => {
    const r = read("Please stop emailing my old address; I'm at maria@newco.io now and happy to chat there.");
    expect([r.category, r.intent]).toEqual([
      'interested',
      { kind: 'referral', people: [{ email: 'maria@newco.io' }] },
    ]);
  });

  test('when the writer stops their old address for a new one and says nothing more, then it is still a stop', () => {
    expect(kindOf("Please stop emailing my old address; I'm at maria@newco.io now.")).toEqual([
      'unsubscribe',
      'referral',
    ]);
  });

  test('when the writer has no interest but a colleague might, then it is the wrong person', () => {
    expect(kindOf('No interest from me. My colleague Ahmed might, though.')).toEqual([
      'other',
      'wrong_person',
    ]);
    expect(kindOf('Not for me. Our CMO might like it though.')).toEqual(['other', 'wrong_person']);
  });

  test('when the writer asks us to talk to them in a month, then it waits until that month', () => {
    expect(
      waitOf("We're renewing with Gong in March, so talk to me in February if you integrate with them."),
    ).toEqual(['not_interested', '2027-02-01']);
  });
});

describe('Russian data guarantees', () => {
  test('when the writer asks what guarantees we give that data is kept safe, then it asks about security', () => {
    expect(said('Какие гарантии сохранности данных вы даёте?')).toEqual(['interested', ['security']]);
  });
});
