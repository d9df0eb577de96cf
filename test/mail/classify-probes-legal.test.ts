import { flagsOf, read } from '../support/read-reply.js';

/**
 * Twenty-five legal threats and brand complaints in words the rules did not know, beside everyday
 * uses of the same words (2026-12-03; docs/reply-classifier.md, "Probes": 14 of 25 first sight, 9 of the 19 that
 * carry a flag; a second set of 20 written after those lessons, 8 of 20 and 6 of 15; a third after
 * theirs and a vocabulary pass, 11 of 20 and 9 of 15; a fourth of 15, 2 of 15). A missed threat never reaches a manager, so each lesson is held here.
 */

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

  test('when a second set says the same in other words, then it is caught too', () => {
    expect(
      flagsOf(
        'We have a strict no-cold-email policy and our counsel will be notified of any further attempts.',
      ),
    ).toEqual(['unsubscribe', ['legal']]);
    expect(flagsOf("You obtained my email without permission. That's a data protection breach.")).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    expect(flagsOf("Delete my data. I'm exercising my right to be forgotten.")).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    expect(flagsOf("Stop or I'll take legal steps.")).toEqual(['unsubscribe', ['legal']]);
    expect(flagsOf('Удалите мои данные, я отзываю согласие на обработку.')).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    expect(flagsOf('I will be lodging a complaint with the data protection authority.')).toEqual([
      'unsubscribe',
      ['legal', 'brand'],
    ]);
    expect(flagsOf("Your sales team is a menace. I've told everyone at our SaaS meetup about you.")).toEqual([
      'not_interested',
      ['brand'],
    ]);
    expect(flagsOf('Marked as junk and reported to Google.')).toEqual(['unsubscribe', ['brand']]);
    expect(flagsOf('Your domain is now on our company-wide block list.')).toEqual(['unsubscribe', ['brand']]);
  });

  test('when legal words ask about the offer, then they ask, with the right topic', () => {
    expect(read('Our legal department would need to review your terms of service first.').intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
    expect(read('Is there a data processing agreement we can sign?').intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
    // Where a writer works does not make their own question a hand-off; their contracts are not ours.
    expect(
      read('I work in legal ops — could this track contract owners instead of account owners?').intent,
    ).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read('I work in legal. Not my area.').intent).toEqual({ kind: 'wrong_person' });
  });

  test('when a third set threatens by structure ("one more email and…", "ещё одно письмо — и…"), the police or a regulator, then it is caught', () => {
    expect(flagsOf('One more email and this goes to our legal team.')).toEqual(['unsubscribe', ['legal']]);
    expect(flagsOf('Ещё одно письмо — и обращусь к адвокату.')).toEqual(['unsubscribe', ['legal']]);
    expect(
      flagsOf("I never gave you permission to contact me. Remove my data or I'll escalate to the regulator."),
    ).toEqual(['unsubscribe', ['legal', 'brand']]);
    expect(flagsOf('Continued contact will be treated as harassment and reported to the police.')).toEqual([
      'unsubscribe',
      ['legal', 'brand'],
    ]);
    expect(flagsOf('Seriously? Fourth email this week. Shame on your company.')).toEqual([
      'not_interested',
      ['brand'],
    ]);
    expect(flagsOf('Your outreach is why people hate sales. Blocked.')).toEqual(['unsubscribe', ['brand']]);
  });

  test('when a general counsel, a lawyer or a law firm is only mentioned, then nothing is flagged', () => {
    expect(flagsOf('Our general counsel will want to see your security addendum before any pilot.')).toEqual([
      'interested',
      [],
    ]);
    expect(
      read("We're a law firm with 40 fee earners — is this relevant for business development?").intent,
    ).toEqual({
      kind: 'question',
      topics: [],
    });
    expect(read('Юристы попросили ваш договор для согласования.').intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
    // Forwarded to a general counsel as harassment is still a threat.
    expect(flagsOf('Forwarding this to our general counsel as harassment.')).toEqual([
      'unsubscribe',
      ['legal', 'brand'],
    ]);
  });

  test('when a fourth set threatens compliance, copies a lawyer, tweets or calls us a joke, then it is caught', () => {
    expect(flagsOf("I'll be forwarding this thread to our compliance team as a policy violation.")).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    expect(flagsOf('This is a clear breach of anti-spam law in Australia. Remove me.')).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    expect(flagsOf("I'm copying my lawyer on this reply.")).toEqual(['unsubscribe', ['legal']]);
    expect(flagsOf('Please confirm in writing that you have deleted my data, as the law requires.')).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    expect(flagsOf("How dare you scrape my details. I'm reporting this.")).toEqual([
      'unsubscribe',
      ['brand'],
    ]);
    expect(flagsOf('Tweeting about this now. Enjoy the publicity.')).toEqual(['not_interested', ['brand']]);
    expect(flagsOf('Absolutely disgraceful way to do business.')).toEqual(['not_interested', ['brand']]);
    expect(flagsOf('Your company is a joke. Do better.')).toEqual(['not_interested', ['brand']]);
    expect(flagsOf('Это уже похоже на мошенничество, буду писать заявление.')).toEqual([
      'unsubscribe',
      ['legal', 'brand'],
    ]);
    expect(flagsOf('Наши юристы свяжутся с вами по поводу этих рассылок.')).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    // "Absolutely" is still a yes, and an indemnity a contract question.
    expect(read('Absolutely, send it over.').category).toBe('interested');
    expect(read('Our legal team asked whether you offer indemnification.').intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
  });
});
