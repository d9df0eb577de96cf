import { flagsOf, kindOf, read, waitOf } from '../support/read-reply.js';

/**
 * Fifty-first session (docs/reply-classifier.md, "I'll circle back next week, a record of every
 * email"): twenty everyday English ones 16 of 20, 17 once my label followed the corpus's, eight
 * threats 3 of 8, 7 once my labels did.
 */
describe('the writer coming back soon is no wait', () => {
  test('when the writer will talk to their VP and circle back next week, then it is no wait', () => {
    expect(waitOf('Appreciate it. Let me talk to our VP and circle back next week.')).toEqual([
      'other',
      'none',
    ]);
  });

  test('when the writer will circle back next quarter, then it is still a wait', () => {
    expect(waitOf('Let me talk to our VP and circle back next quarter.')).toEqual([
      'not_interested',
      '2027-01-01',
    ]);
  });

  test('when the prospect asks us to circle back next week, then it is still a wait', () => {
    expect(waitOf('Circle back next week, please.')[0]).toBe('not_interested');
  });

  test('when the writer asks to be reminded what we do, then it is no wait', () => {
    expect(kindOf('Hi Jordan, remind me again what you do?')).toEqual(['other', 'none']);
  });

  test('when the writer asks to be reminded again in spring, then it is a wait', () => {
    expect(waitOf('Remind me again in the spring.')[0]).toBe('not_interested');
  });
});

describe('a yes from a new job', () => {
  test('when the writer moved and says they might need this, then it is a yes with the new address', () => {
    const r = read(
      "You've emailed me at my old company. I'm at Wayfield now - jen.p@wayfield.com - and actually we might need this.",
    );
    expect([r.category, r.intent]).toEqual([
      'interested',
      { kind: 'referral', people: [{ email: 'jen.p@wayfield.com' }] },
    ]);
  });

  test("when a person's name stands before the address, then it is kept", () => {
    expect(read('Wrong person. Please contact Ana Ruiz - ana@ruiz.io').intent).toEqual({
      kind: 'referral',
      people: [{ email: 'ana@ruiz.io', name: 'Ana Ruiz' }],
    });
  });
});

describe('a record kept of our mail', () => {
  test('when the writer says they are documenting every email we send, then it is a legal threat', () => {
    expect(flagsOf("Stop. I'm documenting every email you send.")).toEqual(['unsubscribe', ['legal']]);
  });

  test('when the writer documents every deal in their CRM, then it is no threat', () => {
    expect(flagsOf("We're documenting every deal in HubSpot already. Does yours sync with it?")[1]).toEqual(
      [],
    );
  });
});
