import { DateTime } from 'luxon';

/** Month and weekday names, and the date arithmetic both a return date and a follow-up date need. */

// English and Russian, and the month names of German, French, Spanish, Portuguese, Italian,
// Dutch, Swedish, Polish, Turkish, Czech, Slovak and Ukrainian absence notes ("bis zum 4. Dezember", "jusqu'au 4 décembre",
// "hasta el 4 de diciembre", "do 4 grudnia", "5 Aralık tarihine kadar").
const MONTH_STEMS: [RegExp, number][] = [
  [/^(jan|janv|ene|gen|январ|янв|stycz|ocak|ledn|січн)/, 1],
  [/^(feb|fév|fev|феврал|фев|lut|şubat|subat|únor|úno|лют)/, 2],
  [/^(mar|mär|maa|март|мар|břez|берез)/, 3],
  [/^(apr|avr|abr|апрел|апр|kwie|nisan|dub|квіт)/, 4],
  [/^(may|mai|mag|mei|maj|máj|květ|ма[йяе]|трав)/, 5],
  [/^(jun|juin|giu|jún|июн|czerw|haziran|červn|červen(?!c)|черв)/, 6],
  [/^(jul|juil|lug|júl|июл|lip|temmuz|červenc|лип)/, 7],
  [/^(aug|ao[uû]t|ago|ağu|август|авг|sierp|srp|серп)/, 8],
  [/^(sep|set|сентябр|сен|wrze|eylül|eylul|září|верес)/, 9],
  [/^(oct|okt|out|ott|októ|октябр|окт|paźdz|pazdz|ekim|říj|жовт)/, 10],
  [/^(nov|ноябр|ноя|listop|kasım|kasim|листоп)/, 11],
  [/^(dec|déc|dez|dic|декабр|дек|grud|aralık|aralik|prosin|груд)/, 12],
];
export const MONTH_WORD =
  '(?<![a-zа-я])(januar|janvier|enero|janeiro|gennaio|januari|februar|février|febrero|fevereiro|febbraio|februari|märz|mars|marzo|março|maart|avril|abril|aprile|mai|mayo|maio|maggio|mei|juni|juin|junio|junho|giugno|juli|juillet|julio|julho|luglio|août|aout|agosto|augustus|septembre|septiembre|setembro|settembre|oktober|octobre|octubre|outubro|ottobre|novembre|noviembre|novembro|dezember|décembre|diciembre|dezembro|dicembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia|styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|wrzesniu|październiku|pazdzierniku|listopadzie|grudniu|ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|januára|februára|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні)';

/** "3 December", "the 14th of December", "1er décembre", "11-Dec-2026": day, then month. */
export const DAY_FIRST = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th|er|\\.)?(?:\\s+|-)(?:(?:of|de|di)\\s+)?${MONTH_WORD}(?![a-zа-я])`,
  'gu',
);
/** "December 3", "Dec. 14th": month, then day. */
export const MONTH_FIRST = new RegExp(`${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gu');
/** The same, for one match at a time (a follow-up's date). */
export const DAY_FIRST_ONE = new RegExp(DAY_FIRST.source, 'u');
export const MONTH_FIRST_ONE = new RegExp(MONTH_FIRST.source, 'u');
export const monthOf = (word: string): number | undefined => MONTH_STEMS.find(([re]) => re.test(word))?.[1];

export const utcDay = (receivedAt: Date) => DateTime.fromJSDate(receivedAt, { zone: 'UTC' }).startOf('day');
/** The first day of `month` after `now`'s month (this year or next). */
export function nextMonthStart(now: DateTime, month: number): DateTime {
  const d = DateTime.utc(now.year, month, 1);
  return d <= now ? d.plus({ years: 1 }) : d;
}

/** Monday to Friday in German, French, Spanish, Italian and Dutch ("bis Freitag", "jusqu'à lundi"). */
export const WORKDAYS_ABROAD = [
  'montag|lundi|lunes|lunedì|maandag',
  'dienstag|mardi|martes|martedì|dinsdag',
  'mittwoch|mercredi|mi[ée]rcoles|mercoledì|woensdag',
  'donnerstag|jeudi|jueves|giovedì|donderdag',
  'freitag|vendredi|viernes|venerdì|vrijdag',
];
const WEEKDAYS: [RegExp, number][] = [
  [new RegExp(`^(monday|понедельник|${WORKDAYS_ABROAD[0]})`), 1],
  [new RegExp(`^(tuesday|вторник|${WORKDAYS_ABROAD[1]})`), 2],
  [new RegExp(`^(wednesday|сред|${WORKDAYS_ABROAD[2]})`), 3],
  [new RegExp(`^(thursday|четверг|${WORKDAYS_ABROAD[3]})`), 4],
  [new RegExp(`^(friday|пятниц|${WORKDAYS_ABROAD[4]})`), 5],
  [/^(saturday|суббот|samstag|samedi|s[áa]bado|sabato|zaterdag)/, 6],
  [/^(sunday|воскресень|sonntag|dimanche|domingo|domenica|zondag)/, 7],
];
/** Whether a word names a day of the week: "Tuesday", "среду". */
export const isWeekday = (word: string) => WEEKDAYS.some(([re]) => re.test(word.toLowerCase()));

/**
 * Weekdays written short ("Out until Wed."), read only where a date is expected: `isWeekday` leaves
 * them out, as "Sun" or "Sat" beside a name is more often a name or a verb.
 */
const WEEKDAY_ABBREVIATIONS: Record<string, string> = {
  mon: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  wed: 'wednesday',
  weds: 'wednesday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  fri: 'friday',
};

/** The next day named `word` after `now` ("Monday", "среду", "Wed"). */
export function nextWeekday(now: DateTime, word: string): DateTime {
  const full = WEEKDAY_ABBREVIATIONS[word] ?? word;
  const day = WEEKDAYS.find(([re]) => re.test(full))?.[1] ?? now.weekday;
  return now.plus({ days: ((day - now.weekday + 6) % 7) + 1 });
}

/** The first day of quarter `q` (1–4): of `year` when named ("Q2 2027"), else the next after `now` ("in Q3"). */
export const quarterStart = (now: DateTime, q: number, year?: number) =>
  year ? DateTime.utc(year, (q - 1) * 3 + 1, 1) : nextMonthStart(now, (q - 1) * 3 + 1);

export function yearless(day: number, monthWord: string, now: DateTime): DateTime {
  const month = monthOf(monthWord);
  if (!month) return DateTime.invalid('not a month');
  const d = DateTime.utc(now.year, month, day);
  return d < now ? d.plus({ years: 1 }) : d;
}

/** Holidays a reply may name, as the month a follow-up or a return falls in ("after Thanksgiving": December). */
export const HOLIDAYS: [RegExp, number][] = [
  [/\b(chinese|lunar) new year\b|китайск[а-яё]* нов/, 2],
  [/\bgolden week\b/, 5],
  [/\b(easter)\b|пасх/, 4],
  [/\b(thanksgiving)\b/, 12],
  [/\b(christmas|xmas)\b|рождеств/, 1],
  [/майск/, 5],
  [/\bvalentine'?s\b|14 феврал/, 2],
  [/\bmemorial day\b/, 6],
  [/\b(july 4(th)?|fourth of july|independence day)\b/, 7],
  [/\blabor day\b/, 9],
];

/**
 * Every full date written in figures: "2027-01-15", and "15.01.2027" or "01/15/2027" read both day
 * first and month first (where both can be dates, the caller takes the earlier to come).
 */
export function fullDatesIn(t: string): DateTime[] {
  const dates: DateTime[] = [];
  for (const m of t.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    dates.push(DateTime.utc(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of t.matchAll(/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g)) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    dates.push(DateTime.utc(y, b, a), DateTime.utc(y, a, b));
  }
  return dates;
}
