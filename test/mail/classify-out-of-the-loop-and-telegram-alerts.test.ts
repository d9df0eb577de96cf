import { kindOf, said } from '../support/read-reply.js';

/**
 * Forty-eighth session (docs/reply-classifier.md, "Out of the loop, alerts in Telegram"): 23
 * replies (fifteen English, eight Russian) 19 right as shipped, 20 once my label followed the
 * corpus's; now 23.
 */
describe('out of the loop, not out of the office', () => {
  test('when the writer is out of the loop on tooling and names a colleague to ask, then it hands off', () => {
    expect(kindOf("I'm out of the loop on tooling these days. Ask Kevin in RevOps.")).toEqual([
      'other',
      'wrong_person',
    ]);
  });

  test('when a wait ends "Try then.", then it is still a wait, not a hand-off', () => {
    expect(kindOf('Our procurement freeze lifts on April 1. Try then.')).toEqual([
      'not_interested',
      'not_now',
    ]);
  });
});

describe('questions in other words', () => {
  test('when the writer asks whether it would help with another kind of deal, then it asks about the product', () => {
    expect(said('Would this help with partner-sourced deals too, or just outbound?')).toEqual([
      'interested',
      [],
    ]);
  });

  test('when a Russian reply asks for alerts in Telegram, then it asks about integration', () => {
    expect(said('Добрый день! А в Telegram уведомления можно получать?')).toEqual([
      'interested',
      ['integration'],
    ]);
  });

  test('when a reply asks for the details in Telegram, then Telegram is only where to send them', () => {
    expect(said('А в Телеграме можете прислать? Почту редко читаю.')).not.toEqual([
      'interested',
      ['integration'],
    ]);
  });
});
