import { kindOf } from '../support/read-reply.js';

/**
 * Forty-ninth session (docs/reply-classifier.md, "'Happy to pass along if you send a one-pager',
 * 'письмо получено и передано'"): eleven hand-offs 10 of 11 as shipped and eight Russian machine
 * notes and threats 5 of 8, 6 once my label followed the corpus's; now 11 and 8.
 */
describe('the wrong contact who will carry our material up', () => {
  test('when the writer is the wrong contact but will pass along a one-pager, then it is a yes', () => {
    expect(kindOf("I'm the wrong contact but happy to pass along if you send a one-pager.")).toEqual([
      'interested',
      'none',
    ]);
  });

  test('when the writer only says they are the wrong contact, then it is handed on', () => {
    expect(kindOf("I'm the wrong contact, sorry.")[1]).toBe('wrong_person');
  });
});

describe('Russian desks and billing', () => {
  test.each([
    'Добрый день! Ваше письмо получено и передано ответственному сотруднику.',
    'Уважаемый клиент, ваш платёж не прошёл. Проверьте данные карты.',
  ])('%j is a notice, never a yes or a no', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });
});
