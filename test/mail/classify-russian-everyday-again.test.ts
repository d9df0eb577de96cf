import { said } from '../support/read-reply.js';

/**
 * Forty everyday Russian replies written blind (2026-12-04; docs/reply-classifier.md, "Russian
 * everyday, again"): 38 of 40 categories and 36 of 40 intents and flags at first sight, one of the
 * probe's own labels wrong by the corpus's conventions ("подадим жалобу" is harsh words, brand).
 * The misses, each beside the sense it must keep.
 */
describe('Russian replies no rule read', () => {
  test('when a reply has enough already or was not interested by the offer, then it is a no', () => {
    expect(said('Мы используем Битрикс24, нам этого достаточно.')).toEqual(['not_interested', 'none']);
    expect(said('Ваше предложение нас не заинтересовало.')).toEqual(['not_interested', 'none']);
  });

  test('when a reply asks whether it would suit them or needs its own server, then it is a question', () => {
    expect(said('Мы небольшая команда, три менеджера. Подойдет ли нам?')).toEqual(['interested', []]);
    expect(said('Нужен ли нам будет отдельный сервер?')).toEqual(['interested', ['security']]);
  });

  test('when a reply sends us to its director by role, then it is the wrong person; "это для нашей команды" is not', () => {
    expect(said('Это к нашему IT-директору, Павлу Сергеевичу.')).toEqual(['other', 'wrong_person']);
    expect(said('Это к нашему юристу.')).toEqual(['other', 'wrong_person']);
    expect(said('Это для нашей команды отличная идея, давайте созвонимся.')[0]).toBe('interested');
  });
});
