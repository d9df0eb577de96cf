import { kindAndFlags } from '../support/read-reply.js';

/**
 * Fifteen legal threats and brand complaints in new words, written only to measure, 2026-12-05
 * (docs/reply-classifier.md, "Threats in new words"): 13 of 15 at first sight, one miss my label.
 */
describe('threats in new words', () => {
  test('a request for the data held under the GDPR wants no offer: no yes', () => {
    // "I'd like a copy of…" read as a request for material.
    expect(
      kindAndFlags("I'd like a copy of all personal data you hold on me under Article 15 GDPR."),
    ).toEqual(['other', 'none', undefined, true]);
  });

  test.each([
    // "в черном списке", not only "черный список"; partners told why.
    'Ваша компания теперь в нашем черном списке поставщиков, и мы расскажем партнерам почему.',
    'Предупрежу коллег о ваших методах.',
    'Отвратительная рассылка. Расскажу коллегам, чтобы обходили вашу компанию стороной.',
  ])('%j is a brand complaint', (text) => {
    expect(kindAndFlags(text)[2]).toBe(true);
  });

  test('telling colleagues of an interesting offer is no complaint', () => {
    expect(kindAndFlags('Интересно, расскажу коллегам.')).toEqual([
      'interested',
      'none',
      undefined,
      undefined,
    ]);
  });
});
