import { flagsOf, read, said } from '../support/read-reply.js';

/**
 * Seventy replies written only to measure, 2026-12-05 (docs/reply-classifier.md, "A yes at a
 * price, forwards and out-of-hours calls"): 66 of 70 categories and 57 of 70 intents and flags at
 * first sight; of the fourteen misses, nine were my labels or left, the rest are here.
 */
describe('a yes at a price', () => {
  test.each([
    "I don't have budget this year. If you can do something under $5k, let's talk.",
    "No budget this year. If you can come in under 5k, let's talk.",
    "Budget is tight. If the price is right, I'm interested.",
    'Бюджета нет. Если цена будет адекватной, давайте обсудим.',
  ])('%j asks the price', (text) => {
    expect(said(text)).toEqual(['interested', ['pricing']]);
  });

  test.each([
    'Not interested, even if you could do it for half the price.',
    'No, not even if the price is right.',
    "Not interested. We don't have budget.",
  ])('%j stays a no', (text) => {
    expect(said(text)).toEqual(['not_interested', 'none']);
  });
});

describe('forwarded to someone named', () => {
  test.each([
    'Я передал ваше письмо нашему коммерческому директору, Андрею Смирнову (a.smirnov@holding.ru).',
    'Я передал ваше письмо Андрею Смирнову, a.smirnov@holding.ru',
  ])('%j refers Андрей Смирнов', (text) => {
    const r = read(text);
    expect(r.intent).toEqual({
      kind: 'referral',
      people: [{ email: 'a.smirnov@holding.ru', name: 'Андрей Смирнов' }],
    });
  });

  test.each([
    'I forwarded your email to our lawyer John Smith (john.smith@firm.com). Expect to hear from him.',
    'Передал ваше письмо нашему юристу Ивану Петрову (ivan.petrov@firm.ru). Ждите.',
  ])('%j is a threat, and its lawyer no contact to claim', (text) => {
    expect(said(text)).toEqual(['unsubscribe', 'none']);
    expect(flagsOf(text)[1]).toContain('legal');
  });

  test('a role it is not for is the wrong person; a company it is not for is a no', () => {
    expect(said("This isn't relevant to my role.")).toEqual(['other', 'wrong_person']);
    expect(said("This isn't relevant to us.")).toEqual(['not_interested', 'none']);
  });
});

describe('conduct seen through', () => {
  test.each([
    'Remove me. And tell your SDR that calling my cell at 7am is not okay.',
    'Your rep called my cell at 6:30am. Please don’t.',
    'Your last three emails were identical. Is anyone actually reading replies over there?',
    'Your last two emails were the same. Not interested.',
  ])('%j is a brand complaint', (text) => {
    expect(flagsOf(text)[1]).toEqual(['brand']);
  });

  test('a cell number to call at a time books the call', () => {
    expect(flagsOf('Sure, call my cell at 3pm.')).toEqual(['interested', []]);
  });
});

// Thirty one-word answers and sarcastic ones, 2026-12-05 (docs/reply-classifier.md, "Short
// answers and sarcastic idioms"): 28 of 30 at first sight.
describe('a sarcastic idiom', () => {
  test.each(["Sure, and I'm the Queen of England.", 'Yeah, and pigs fly.', 'Sure, and pigs might fly.'])(
    '%j is a no',
    (text) => {
      expect(said(text)).toEqual(['not_interested', 'none']);
    },
  );

  test('a title claimed in earnest is no idiom', () => {
    expect(said("Sure, and I'm the head of sales, so send it to me.")[0]).toBe('interested');
  });
});
