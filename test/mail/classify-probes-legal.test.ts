import { read } from '../support/read-reply.js';

/**
 * Twenty-five legal threats and brand complaints in words the rules did not know, beside everyday
 * uses of the same words (2026-12-03; README, "Probes": 14 of 25 first sight, 9 of the 19 that
 * carry a flag). A missed threat never reaches a manager, so each lesson is held here.
 */

const flagsOf = (text: string) => {
  const { category, flags } = read(text);
  return [category, ['legal', 'brand'].filter((f) => flags[f as 'legal' | 'brand'])];
};

describe('what the legal and brand probe taught', () => {
  test('when a reply threatens a solicitor or lawyers "hearing from" us, then it is a legal threat and a stop', () => {
    expect(flagsOf("If this continues, you'll be hearing from my solicitor.")).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    expect(flagsOf('Your company will be hearing from our lawyers if I get one more of these.')).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    expect(flagsOf('Передаю ваше письмо нашей юридической службе для принятия мер.')).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    // A solicitor who read the terms threatens nothing.
    expect(flagsOf('Our solicitor reviewed your terms, looks fine.')[1]).toEqual([]);
  });

  test('when a reply names the TCPA, asks whether this is legal, or asks for a copy of its data, then it is legal', () => {
    expect(flagsOf('My attorney says this violates the TCPA. Remove me.')).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    expect(flagsOf('Is this legal? Emailing people who never opted in?')).toEqual(['unsubscribe', ['legal']]);
    // A request to see one's data is legal, not a stop.
    expect(
      flagsOf(
        'Please provide a copy of all personal data you hold on me within 30 days, as required by law.',
      ),
    ).toEqual(['other', ['legal']]);
    expect(flagsOf('Is this legal software?')[1]).toEqual([]);
  });

  test('when a reply reports us to a blocklist, an abuse desk or a regulator, then it is a brand complaint', () => {
    expect(flagsOf("This is unsolicited marketing and I'm reporting it to the Spamhaus blocklist.")).toEqual([
      'unsubscribe',
      ['brand'],
    ]);
    expect(flagsOf('Reported to abuse@ your hosting provider.')).toEqual(['unsubscribe', ['brand']]);
    expect(flagsOf("I've filed a complaint with the ICO about your company.")).toEqual([
      'unsubscribe',
      ['legal', 'brand'],
    ]);
    expect(
      flagsOf(
        "Your emails are a violation of our acceptable use policy and I've escalated to our security team.",
      ),
    ).toEqual(['not_interested', ['brand']]);
    // Asking who handles abuse reports complains of nothing.
    expect(flagsOf('Who handles abuse reports on your side?')[1]).toEqual([]);
  });

  test('when a lawyer asks whether legal teams use it, then it is a question to the vendor', () => {
    expect(read("I'm an attorney at a law firm — is this used by legal teams too?").intent).toEqual({
      kind: 'question',
      topics: [],
    });
  });
});
