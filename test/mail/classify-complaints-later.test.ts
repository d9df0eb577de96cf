import { flagsOf, read } from '../support/read-reply.js';

/**
 * A probe of twenty complaints and threats in new shapes beside ten buyers who use the same words
 * (2026-12-03; docs/reply-classifier.md, "Complaints, and buyers who say spam"): 18 of 30 right at first sight, three
 * of the buyers read as stops. Each lesson beside the sense it must keep.
 */
describe('buyers who say "spam", and complaints in new shapes', () => {
  test("when a buyer speaks of someone else's spam or of deliverability, then it is no stop and no complaint", () => {
    const vendor = read('We had a spam problem with our last vendor - how do you handle deliverability?');
    expect([vendor.category, vendor.intent.kind, vendor.flags.brand]).toEqual([
      'interested',
      'question',
      undefined,
    ]);
    const burned = read('We were burned by a vendor who spammed our customers; how do you prevent that?');
    expect([burned.category, burned.flags.brand]).toEqual(['interested', undefined]);
    // Spam said of us, or a stop, stays what it was.
    expect(flagsOf('Spammy outreach like this is why I filter everything from vendors. No.')[1]).toContain(
      'brand',
    );
    expect(read('Stop spamming our team.').category).toBe('unsubscribe');
    expect(read('Sad to see a company I used to respect resort to spam tactics.').flags.brand).toBe(true);
  });

  test('when a buyer asks how we comply with CAN-SPAM and the GDPR for their legal team, then it is a security question, no threat', () => {
    const c = read('Could you share how you comply with CAN-SPAM and GDPR? Our legal team asked.');
    expect([c.category, c.intent, c.flags.legal]).toEqual([
      'interested',
      { kind: 'question', topics: ['security'] },
      undefined,
    ]);
  });

  test('when someone asks leave to mention us in a post, then RevOps is not told of a complaint; a post about our spam still is one', () => {
    expect(
      flagsOf("I'm writing a LinkedIn post about tools that reduce double-emailing. Could I mention you?")[1],
    ).toEqual([]);
    expect(flagsOf("I'm writing a LinkedIn post about your spam. Can I quote you?")[1]).toContain('brand');
  });

  test('when the next step named is a court, then it is a legal stop, not a yes to a next step', () => {
    expect(flagsOf('I asked three times. Next step is small claims court.')).toEqual([
      'unsubscribe',
      ['legal'],
    ]);
    expect(read('Sounds good. Next step is a call with our CFO?').category).toBe('interested');
  });

  test('when this thread is forwarded to a data protection commission, or a reply is "unethical", then it is flagged', () => {
    expect(flagsOf("I'm forwarding this thread to the Data Protection Commission in Ireland.")).toEqual([
      'unsubscribe',
      ['legal', 'brand'],
    ]);
    expect(flagsOf('Unethical. Full stop.')).toEqual(['not_interested', ['brand']]);
    expect(flagsOf('This is bordering on stalking.')).toEqual(['not_interested', ['brand']]);
  });

  test('when anyone at the buyer wants a demo, then it is a demo question; not wanting one is not', () => {
    expect(read('Our CEO saw your email and wants a demo.').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read("Our CEO doesn't want a demo, just the price.").intent).not.toEqual({
      kind: 'question',
      topics: ['demo'],
    });
  });
});

/** Twenty-five Russian replies written the same day: 20 of 25 at first sight (README, same section). */
describe('the same in Russian', () => {
  test("when a buyer tells of a past contractor's spam and asks how we keep out of spam folders, then it is a question, no stop", () => {
    const c = read(
      'У нас был неприятный опыт со спамом от прошлого подрядчика. Как вы защищаете от попадания в спам?',
    );
    expect([c.category, c.intent.kind, c.flags.brand]).toEqual(['interested', 'question', undefined]);
    expect(read('Прекратите спамить нашим сотрудникам.').category).toBe('unsubscribe');
  });

  test('when a reply asks, under the personal-data law, where we got their data, then it is legal and no buying question', () => {
    const c = read('Согласно 152-ФЗ прошу сообщить, откуда вы получили мои персональные данные.');
    expect([c.category, c.intent.kind, c.flags.legal]).toEqual(['other', 'none', true]);
    expect(read('Где вы храните персональные данные клиентов?').intent).toEqual({
      kind: 'question',
      topics: ['security'],
    });
  });

  test('when a reply says "delete immediately" after asking where we got the address, then it is a stop', () => {
    expect(read('Откуда у вас мой номер и почта? Удалите немедленно.').category).toBe('unsubscribe');
  });
});
