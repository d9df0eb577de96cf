import { kindOf, read } from '../support/read-reply.js';

/**
 * Fiftieth session (docs/reply-classifier.md, "A one-pager meanwhile, 'don't call my cell', a code in
 * Russian"): twenty everyday English ones 19 of 20, twelve with two intents 8 of 12 (10 once my
 * labels followed the corpus's), eight Russian machine notes and absences 6 of 8.
 */
describe('two intents', () => {
  test.each([
    'Maybe in Q3. Can you send a one-pager meanwhile?',
    'Maybe in Q3. Can you send a one-pager in the meantime?',
  ])('when %j asks for material now, then it is a yes', (text) => {
    expect(kindOf(text)).toEqual(['interested', 'none']);
  });

  test('when a wait asks for nothing now, then it still waits', () => {
    expect(kindOf('Maybe in Q3.')).toEqual(['not_interested', 'not_now']);
  });

  test.each(["No thanks. And please don't call my cell again.", "Please don't call my personal number."])(
    '%j is a stop',
    (text) => {
      expect(kindOf(text)[0]).toBe('unsubscribe');
    },
  );

  test('when the writer asks for email instead of calls, then their yes stands', () => {
    expect(kindOf("Don't call my mobile, email me instead. Interested.")[0]).toBe('interested');
  });

  test('when a buyer asks for a way to see it without sales, then it is a demo question', () => {
    expect(read('Is there a way to see it without talking to sales?').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
  });
});

describe('Russian service notices', () => {
  test.each([
    'Ваш код подтверждения: 5521. Никому его не сообщайте.',
    'Вход в ваш аккаунт с нового устройства. Если это были не вы, смените пароль.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)[0]).toBe('out_of_office');
  });
});
