/**
 * A Russian name as a reply writes it ("напишите Сергею Иванову", "свяжитесь с Ольгой Петровой",
 * "это к Наталье Сергеевне") put back in the nominative ("Сергей Иванов"), as the owner's DM and
 * the claim name it. First names come from a list of common ones with their forms generated;
 * patronymics and the regular surname families (-ов/-ев/-ин, -ский/-цкий) follow the first name's
 * gender and case. Anything else is left as written: a name in the wrong case reads better than a
 * wrong name.
 */

type Gender = 'm' | 'f';
type Case = 'gen' | 'dat' | 'acc' | 'ins';

const MALE =
  'Александр Алексей Анатолий Андрей Антон Аркадий Артём Артем Борис Вадим Валентин Валерий Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Лев Леонид Максим Марат Марк Матвей Михаил Никита Николай Олег Павел Пётр Петр Роман Руслан Рустам Семён Семен Сергей Станислав Степан Тимофей Тимур Фёдор Федор Филипп Эдуард Юрий Ярослав Саша Дима Миша Коля Костя Петя Вася Ваня Серёжа Сережа Лёша Леша Женя Паша Гриша Слава';
const FEMALE =
  'Александра Алина Алла Анастасия Анна Антонина Валентина Валерия Вера Вероника Виктория Галина Дарья Диана Евгения Екатерина Елена Елизавета Жанна Зоя Инна Ирина Карина Кира Кристина Ксения Лариса Лидия Людмила Маргарита Марина Мария Надежда Наталья Наталия Нина Оксана Ольга Полина Светлана София Софья Тамара Татьяна Ульяна Юлия Яна Маша Катя Таня Аня Оля Юля Лена Настя Даша Света Надя Галя Вика Ксюша Люба';
/** Stems that lose a vowel when declined (Павел → Павлу, Лев → Льву, Пётр → Петру). */
const FLEETING: Record<string, string> = { Павел: 'Павл', Лев: 'Льв', Пётр: 'Петр' };

/** The oblique forms of a first name, by case. */
function formsOf(name: string, gender: Gender): Record<Case, string> {
  const stem = name.slice(0, -1);
  const last = name.slice(-1);
  if (last === 'а' || last === 'я') {
    const hard = last === 'а';
    const afterHushing = /[гкхжшчщ]$/.test(stem);
    const gen = hard ? stem + (afterHushing ? 'и' : 'ы') : `${stem}и`;
    const dat = !hard && stem.endsWith('и') ? `${stem}и` : `${stem}е`;
    const ins = hard ? stem + (/[жшчщц]$/.test(stem) ? 'ей' : 'ой') : `${stem}ей`;
    return { gen, dat, acc: stem + (hard ? 'у' : 'ю'), ins };
  }
  if (gender === 'm' && (last === 'й' || last === 'ь')) {
    return { gen: `${stem}я`, dat: `${stem}ю`, acc: `${stem}я`, ins: `${stem}ем` };
  }
  const base = FLEETING[name] ?? name;
  return { gen: `${base}а`, dat: `${base}у`, acc: `${base}а`, ins: `${base}ом` };
}

/** Written with or without the dots (Артём, Артем; Ильёй, Ильей): one spelling to look up. */
const plain = (word: string) => word.replace(/ё/g, 'е');

/** Every oblique form of a listed first name: its nominative, gender and the cases it can be. */
const FIRST_NAMES = new Map<string, { name: string; gender: Gender; cases: Case[] }>();
for (const [list, gender] of [
  [MALE, 'm'],
  [FEMALE, 'f'],
] as const)
  for (const name of list.split(' '))
    for (const [c, form] of Object.entries(formsOf(name, gender)) as [Case, string][]) {
      const known = FIRST_NAMES.get(plain(form));
      if (known?.name === name) known.cases.push(c);
      else if (!known) FIRST_NAMES.set(plain(form), { name, gender, cases: [c] });
    }
const NOMINATIVE = new Set(`${MALE} ${FEMALE}`.split(' '));

/** Endings of patronymics and regular surnames, by gender and case: [oblique, nominative]. */
const ENDINGS: Record<Gender, Record<Case, [RegExp, string][]>> = {
  m: {
    gen: [
      [/(ович|евич|ич)а$/, '$1'],
      [/(ов|ев|ёв|ин|ын)а$/, '$1'],
      [/(ск|цк)ого$/, '$1ий'],
    ],
    dat: [
      [/(ович|евич|ич)у$/, '$1'],
      [/(ов|ев|ёв|ин|ын)у$/, '$1'],
      [/(ск|цк)ому$/, '$1ий'],
    ],
    acc: [
      [/(ович|евич|ич)а$/, '$1'],
      [/(ов|ев|ёв|ин|ын)а$/, '$1'],
      [/(ск|цк)ого$/, '$1ий'],
    ],
    ins: [
      [/(ович|евич|ич)ем$/, '$1'],
      [/(ов|ев|ёв|ин|ын)ым$/, '$1'],
      [/(ск|цк)им$/, '$1ий'],
    ],
  },
  f: {
    gen: [
      [/(овн|евн|ичн)ы$/, '$1а'],
      [/(ов|ев|ёв|ин|ын)ой$/, '$1а'],
      [/(ск|цк)ой$/, '$1ая'],
    ],
    dat: [
      [/(овн|евн|ичн)е$/, '$1а'],
      [/(ов|ев|ёв|ин|ын)ой$/, '$1а'],
      [/(ск|цк)ой$/, '$1ая'],
    ],
    acc: [
      [/(овн|евн|ичн)у$/, '$1а'],
      [/(ов|ев|ёв|ин|ын)у$/, '$1а'],
      [/(ск|цк)ую$/, '$1ая'],
    ],
    ins: [
      [/(овн|евн|ичн)ой$/, '$1а'],
      [/(ов|ев|ёв|ин|ын)ой$/, '$1а'],
      [/(ск|цк)ой$/, '$1ая'],
    ],
  },
};

/** A surname alone, with no first name to tell its case: only endings that say it themselves. */
const ALONE: [RegExp, string][] = [
  [/(ов|ев|ёв|ин|ын)(у|ым)$/, '$1'],
  [/(ов|ев|ёв|ин|ын)ой$/, '$1а'],
  [/(ск|цк)(ому|им)$/, '$1ий'],
  [/(ск|цк)ой$/, '$1ая'],
];

const replaceFirst = (word: string, rules: [RegExp, string][]) => {
  const rule = rules.find(([re]) => re.test(word));
  return rule ? word.replace(rule[0], rule[1]) : word;
};

/** The name in the nominative, when its words are Russian and their case can be told. */
export function nominative(name: string): string {
  const words = name.split(' ');
  if (!words.every((w) => /^[А-ЯЁ][а-яё]+$/.test(w))) return name;
  if (words.some((w) => NOMINATIVE.has(w))) return name;
  const first = words.map((w) => FIRST_NAMES.get(plain(w))).find(Boolean);
  // A first name not on the list (Айгуль Сафиной): only the surname's own ending is read.
  if (!first) return words.map((w) => replaceFirst(w, ALONE)).join(' ');
  return words
    .map((w) => {
      const own = FIRST_NAMES.get(plain(w));
      if (own) return own.name;
      for (const c of first.cases) {
        const changed = replaceFirst(w, ENDINGS[first.gender][c]);
        if (changed !== w) return changed;
      }
      return w;
    })
    .join(' ');
}

/** Words that name a person: a listed first name in any case, a patronymic, a surname by its ending. */
const NAME_LIKE =
  /(ов|ев|ёв|ин|ын)(а|у|ым|ой|ою)?$|(ск|цк)(ий|ая|ого|ому|им|ой|ую)$|(ович|евич|ич)(а|у|ем)?$|(овн|евн|ичн)(а|ы|е|у|ой)$|(енко|ук|юк|ых|их|дзе|швили|ян|янц)$/;
/** Capitalised words that start a sentence but name nobody: pronouns, function words, office words. */
const NOT_A_NAME = new Set(
  'Вам Вас Ваш Ваша Ваше Вашу Вашему Вашей Вашим Мне Нам Нас Наш Наша Нашу Нашему Нашей Нашим По Это Этот Эта Этим Этой Её Ее Его Их Им Ей Ему Вопросы Вопрос Вопросам Контакт Контакты Почта Адрес Коллега Коллеге Коллегам Спасибо Здравствуйте Добрый Уважаемый Уважаемая Отдел Отдела Отделу Директор Директору Руководитель Руководителю Менеджер Менеджеру Также Или Но Для Кому Лучше Сейчас Сюда Туда'.split(
    ' ',
  ),
);
/** How Russian verbs end that open a sentence before a name ("Переслал", "Передаю", "Напишите", "Отправьте"). */
const VERB_LIKE = /(ал|ял|ил|ел|ла|ли|ло|аю|яю|ую|ите|айте|йте|ете|ьте|ешь|ть|ться|ся|сь)$/;

const isName = (w: string) => FIRST_NAMES.has(plain(w)) || NOMINATIVE.has(w) || NAME_LIKE.test(w);
/** A Russian first name as a person is addressed by it: "Иван", "Марина", "Саша". */
export const isRussianFirstName = (w: string) => NOMINATIVE.has(w);

/**
 * The name in a run of capitalised Russian words before an address, in the nominative: the words
 * that open the sentence and name nobody ("Переслал", "Вам", "Это") are dropped first; a run of
 * nothing else names nobody.
 */
export function russianName(words: readonly string[]): string | undefined {
  let start = 0;
  while (start < words.length && !isName(words[start] as string)) {
    const w = words[start] as string;
    if (!NOT_A_NAME.has(w) && !VERB_LIKE.test(w)) break;
    start++;
  }
  const rest = words.slice(start);
  return rest.length ? nominative(rest.join(' ')) : undefined;
}

/** Verbs that send the reply on to a person, and the case the person's first name takes after each. */
const HAND_OFF_TO: [RegExp, Case][] = [
  [
    /(?<![а-яё])(?:напишите|пишите|позвоните|звоните|обратитесь к|это к|это вопрос к|вопросы к|передайте)\s+([а-яё]+)(?![а-яё])/g,
    'dat',
  ],
  [/(?<![а-яё])(?:свяжитесь с|связывайтесь с|поговорите с)\s+([а-яё]+)(?![а-яё])/g, 'ins'],
  [/(?<![а-яё])(?:спросите у|уточните у|узнайте у)\s+([а-яё]+)(?![а-яё])/g, 'gen'],
];

/**
 * "Напишите Сергею", "свяжитесь с Ольгой", "уточните у Марины": the reply sent on to a colleague
 * named by a listed first name in the case its verb asks for (lower-case text, as the classifier reads it).
 */
export function handsOffToRussianName(text: string): boolean {
  return HAND_OFF_TO.some(([re, c]) =>
    [...text.matchAll(re)].some(([, word]) => {
      const w = word as string;
      return !!FIRST_NAMES.get(plain(w[0]?.toUpperCase() + w.slice(1)))?.cases.includes(c);
    }),
  );
}
