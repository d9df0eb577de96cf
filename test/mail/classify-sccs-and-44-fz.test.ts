import { said } from '../support/read-reply.js';

/**
 * Forty-seventh session (docs/reply-classifier.md, "SCCs, 44-ФЗ"): fifteen buyers' questions in
 * English 13 of 15 as shipped, 14 once my label followed the corpus's; twelve in Russian 10 of 12,
 * 11. Now all of them.
 */
describe('paperwork asked by its short name', () => {
  test('when the writer asks whether we sign SCCs, then it asks about security and the contract', () => {
    expect(said('Are you GDPR compliant and do you sign SCCs?')).toEqual([
      'interested',
      ['security', 'contract'],
    ]);
  });

  test('when a Russian buyer asks whether we work under 44-ФЗ, then it asks about the contract', () => {
    expect(said('Работаете ли вы по 44-ФЗ?')).toEqual(['interested', ['contract']]);
  });

  test('when the writer says they buy under 44-ФЗ only, then it asks nothing', () => {
    expect(said('Мы работаем по 44-ФЗ, так что только через торги. Удачи.')[0]).toBe('not_interested');
  });
});
