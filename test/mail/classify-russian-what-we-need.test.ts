import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Forty-seventh session (docs/reply-classifier.md, "'Именно то, что нам нужно', 'не мой профиль'"):
 * fifteen everyday Russian replies 12 of 15 as shipped; now 15.
 */
describe('what we need, and what we do not', () => {
  test.each(['Это именно то, что нам нужно.', 'Звучит как то, что нам нужно.'])('%j is a yes', (text) => {
    expect(read(text).category).toBe('interested');
  });

  test.each(['Это не то, что нам нужно.', "That's not what we need."])('%j is a no', (text) => {
    expect(read(text).category).toBe('not_interested');
  });

  test('when a yes asks who handles partnerships on our side, then it is a question', () => {
    expect(said('Звучит как то, что нам нужно. Кто у вас отвечает за партнёрства?')).toEqual([
      'interested',
      [],
    ]);
  });
});

describe('not the writer’s to decide', () => {
  test.each(['У меня нет полномочий на такие решения, переслал руководителю.', 'Не мой профиль, извините.'])(
    '%j is the wrong person',
    (text) => {
      expect(kindOf(text)).toEqual(['other', 'wrong_person']);
    },
  );

  test('when the writer only says they forwarded it to the director, then it is no hand-off, as the corpus reads it', () => {
    expect(kindOf('Переслала директору.')).toEqual(['other', 'none']);
  });
});
