import { nominative, russianName } from '../../src/domain/russian-names.js';
import { read } from '../support/read-reply.js';

/** The names a Russian referral gives, as the owner's DM shows them and the Claim button names them. */
const named = (text: string) => {
  const intent = read(text).intent;
  return intent.kind === 'referral' ? intent.people.map((p) => p.name) : intent.kind;
};

describe('Russian names in a referral', () => {
  test('when a reply names someone in the dative, instrumental or after "к", then the DM names them in the nominative', () => {
    expect(
      named('Я бухгалтер, продажами не занимаюсь. Напишите Сергею Иванову, s.ivanov@zavod-ural.ru.'),
    ).toEqual(['Сергей Иванов']);
    expect(named('По вопросам закупок пишите Ольге Петровой на o.petrova@stroymash.ru.')).toEqual([
      'Ольга Петрова',
    ]);
    expect(named('Свяжитесь с нашим директором Игорем Кузнецовым: kuznetsov@x.ru')).toEqual([
      'Игорь Кузнецов',
    ]);
    expect(named('Это к Наталье Сергеевне, n.s@x.ru')).toEqual(['Наталья Сергеевна']);
    expect(named('Переслал письмо Дмитрию, dmitry@x.ru.')).toEqual(['Дмитрий']);
  });

  test('when the name is already in the nominative, then it is left as written', () => {
    expect(nominative('Ольга Петрова')).toBe('Ольга Петрова');
    expect(nominative('Сергей Иванов')).toBe('Сергей Иванов');
    expect(nominative('Dana Lopez')).toBe('Dana Lopez');
  });

  test('when the first name is declined, then its patronymic and surname follow its gender and case', () => {
    expect(nominative('Павлу Андреевичу Смирнову')).toBe('Павел Андреевич Смирнов');
    expect(nominative('Юлии Сергеевне Лебедевой')).toBe('Юлия Сергеевна Лебедева');
    expect(nominative('Ильёй Волковым')).toBe('Илья Волков');
    expect(nominative('Кате Морозовой')).toBe('Катя Морозова');
    expect(nominative('Светлане Игоревне Орловской')).toBe('Светлана Игоревна Орловская');
    // Genitive and accusative: "для Сергея Петрова", "наберите Ольгу Петрову".
    expect(nominative('Сергея Петрова')).toBe('Сергей Петров');
    expect(nominative('Ольгу Петрову')).toBe('Ольга Петрова');
    // An indeclinable surname stays as it is.
    expect(nominative('Ирине Шевченко')).toBe('Ирина Шевченко');
  });

  test('when the first name is not on the list, then only a surname ending that says its case is read', () => {
    expect(nominative('Айгуль Сафиной')).toBe('Айгуль Сафина');
    expect(nominative('Петрову')).toBe('Петров');
  });

  test('when the capitalised words before an address open the sentence and name nobody, then there is no name', () => {
    expect(russianName(['Переслал'])).toBeUndefined();
    expect(russianName(['Вам'])).toBeUndefined();
    expect(russianName(['Передаю', 'Ивану', 'Петрову'])).toBe('Иван Петров');
    expect(named('Переслал коллеге: a.petrov@severstroy.ru')).toEqual([undefined]);
  });
});
