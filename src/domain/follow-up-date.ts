import { DateTime } from 'luxon';
import { timesCJK } from './cjk-rules.js';
import { comeBackLater } from './classify-rules.js';
import { countOf, dateInPhrase, namedMonth, TERMS } from './date-in-phrase.js';
import { MONTH_WORD, utcDay } from './dates.js';
import { spelled } from './spelling.js';
import { inYearWritten, laterYear } from './years.js';

/**
 * A "not now"'s follow-up date, read against the day the reply arrived ("in Q3", "after March",
 * "next year", "через месяц", "after the 15th of January"). Answers an ISO date.
 */

/** "15-го" right before a month's name: a Russian ordinal day the date readers take as "15". */
const ORDINAL_BEFORE_MONTH = new RegExp(`(\\d{1,2})-(?:го|е|ое|ого)(?=\\s+${MONTH_WORD})`, 'gu');

/** "…when Q3 planning starts in June": the words before the time something starts. */
const WHEN_IT_STARTS =
  /\b(when|once|as soon as)\b[^.!?]{0,40}?\b(starts?|begins?|kicks? off|opens?)\s+(?=(in|on|around|early|mid|late)\b)/;

/**
 * "Our budget cycle starts in July. Happy to chat in June.": the time offered to talk beats the time
 * the budget starts; so does a time put as a question of its own ("Our contract ends in June, so
 * maybe May?" is May).
 */
const OFFERED =
  /\b(happy|glad|keen|open|willing) to (chat|talk|connect|meet|reconnect|revisit|speak)\b|^\s*(so |then |and )?(maybe|perhaps|how about|what about)\b[^?.!]{0,30}\?/;

/** "Next year", "next quarter", "next month", "next week" in German, French, Spanish, Italian, Portuguese, Dutch and Polish. */
const NEXT_ABROAD =
  /(?<!\p{L})(?:(?:nächste|nächsten|kommende) woche|la semaine prochaine|la (?:próxima|proxima) semana|la semana que viene|la (?:settimana prossima|prossima settimana)|na (?:próxima|proxima) semana|volgende week|(?:w )?przyszłym tygodniu|(?:im )?(?:nächsten|nächstes|kommenden|kommendes) (?:jahr|quartal|monat)|(?:l['’]année prochaine|l['’]an prochain|le trimestre prochain|le mois prochain)|el (?:próximo|proximo) (?:año|trimestre|mes)|el año que viene|(?:l['’]anno|il trimestre|il mese) prossimo|(?:no |na )?(?:próximo|proximo|próxima|proxima) (?:ano|trimestre|mês)|volgend(?:e)? (?:jaar|kwartaal|maand)|(?:w )?przyszłym (?:roku|kwartale|miesiącu)|(?:po )?nowym roku)(?!\p{L})/gu;

/** A quarter named by its ordinal in German, French, Spanish, Italian, Portuguese, Dutch and Polish. */
const QUARTER_ABROAD =
  /(?<!\p{L})(?:im |au |le |en el |el |no |nel |il |in het |het |w )?(?:ersten|zweiten|dritten|vierten|[1-4]\.|premier|deuxième|second|troisième|quatrième|primer|primero|segundo|tercer|tercero|cuarto|primeiro|terceiro|quarto|primo|secondo|terzo|eerste|tweede|derde|vierde|pierwszym|drugim|trzecim|czwartym) (?:quartal|trimestre|kwartaal|kwartale)(?!\p{L})/gu;
const QUARTER_WORDS = [
  /ersten|1\.|premier|primer|primeiro|primo|eerste|pierwszym/,
  /zweiten|2\.|deuxième|second|segundo|secondo|tweede|drugim/,
  /dritten|3\.|troisième|tercer|terceiro|terzo|derde|trzecim/,
  /vierten|4\.|quatrième|cuarto|quarto|vierde|czwartym/,
];

/**
 * When a "not now" asks to be contacted again. Phrases after a contact verb win ("locked in
 * until June, reach out in May" is May); otherwise the first stated time. Undefined when the
 * reply names no time.
 */
export function followUpDateIn(text: string, receivedAt: Date): string | undefined {
  const now = utcDay(receivedAt);
  // "来年の4月", "明年", "다음 달": the same times in Japanese, Chinese and Korean, said in English.
  const t = timesCJK(text)
    .toLowerCase()
    .replace(/ё/g, 'е')
    // "Feburary", "in the sprnig": read as the classifier reads them (spelling.ts).
    .replace(/[a-z]{6,}/g, spelled)
    .replace(/~\s*(?=\d)/g, 'about ')
    // "We had an awful Q3", "Q2 was rough": a quarter gone by, not a time to come back.
    .replace(
      /\b(had|have had|was|were) (a|an|such an?) ([a-z-]+ ){0,2}q[1-4]\b|\bq[1-4] (was|has been)\b/g,
      ' ',
    )
    // "I appreciate you reaching out, but we renewed for two years": thanks for the mail, no ask to
    // come back (the ask is elsewhere: "reach out closer to renewal, around September 2028").
    .replace(
      /\b(appreciate|thanks? (you )?for|grateful for) (you |your )?(reaching out|getting in touch|contacting (me|us)|following up|checking in)\b/g,
      ' ',
    )
    // "Switching CRMs in Q1, so nothing until after that": after the time named, not at it.
    .replace(
      /\bin (q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december)\b([^.!?]*?\b(until|till) after (that|then)\b)/g,
      'after $1$2',
    )
    // "Ping me after we close Q4", "once Q1 is over": after the quarter, not at its start.
    .replace(
      /\b(?:after|once|when|until|till) (?:we|they|i|our team)(?:'ve| have)? (?:close|closed|wrap|wrapped|finish|finished|end|ended|get through|got through|(?:are|'re) (?:done with|through|out of)) (?:up |out )?(?:the |our )?(q[1-4])\b|\b(?:after|once|when) (q[1-4]) (?:closes|is (?:over|done|closed|behind us)|ends|wraps( up)?)\b/g,
      (_, q?: string, q2?: string) => `after ${q ?? q2}`,
    )
    // "Not adding vendors through at least the end of 2027": the time, whatever hedges it.
    .replace(/\b(until|till|til|through|thru|before|after) at (the )?(very )?(least|earliest)\b/g, '$1')
    // "We evaluated you last spring": a time gone by, not one to come back.
    .replace(/\b(last|this past|past) (spring|summer|fall|autumn|winter|year|quarter|month|week)\b/g, ' ')
    // "после 15-го декабря" is "после 15 декабря"; "после 15-го" alone stays a day of its own.
    .replace(ORDINAL_BEFORE_MONTH, '$1')
    // "…so maybe May?": the month, not the verb "may" a bare May is read as elsewhere.
    .replace(/\b(maybe|perhaps|how about|what about) may(?=\s*\?)/g, '$1 in may')
    // Shorthand: "next yr", "in 2 mths".
    .replace(/\b(yr|mth)(s?)\b/g, (_, unit: string, s: string) => `${unit === 'yr' ? 'year' : 'month'}${s}`)
    // "Vielleicht nächstes Jahr", "peut-être l'année prochaine", "quizás el próximo año": next year.
    .replace(NEXT_ABROAD, (m) =>
      /jahr|année|\ban\b|año|anno|\bano\b|jaar|roku/u.test(m)
        ? 'next year'
        : /quartal|trimestre|kwartaal|kwartale/.test(m)
          ? 'next quarter'
          : /woche|semaine|semana|settimana|week|tygodniu/.test(m)
            ? 'next week'
            : 'next month',
    )
    // "im zweiten Quartal 2027", "au deuxième trimestre", "w drugim kwartale": the quarter, as "Q2".
    .replace(QUARTER_ABROAD, (m) => ` q${QUARTER_WORDS.findIndex((w) => w.test(m)) + 1} `);
  const verb = comeBackLater;
  // A full stop between digits is a date's or a number's ("15.01.2027"), not a sentence's end.
  const sentences = t.split(/(?<=[.!?;\n])(?<!\d\.(?=\d))\s*/);
  // Then a sentence saying when something starts ("Next fiscal starts July 1") over one that
  // only mentions a time ("budget for next year is locked").
  const starts = /\b(starts?|begins?|kicks? off|resets?|opens?|renews?)\b|начина|стартует/;
  // "Our renewal window opens in September, reach out in August": the clause with the verb.
  const clauses = sentences.flatMap((s) => s.split(/,\s*|\s+[—–-]\s+/));
  // "Budget talks happen in Feb. Reach back out then.": "then" points at the sentence before.
  // The nearest time first: the previous sentence's clauses from its end. Not when the sentence
  // names its own time: "Напишите в апреле — тогда обсудим." is April, whatever came before.
  const pointedAt = sentences.flatMap((s, i) =>
    i > 0 &&
    (verb.test(s) || /\bhappy to\b/.test(s)) &&
    !dateInPhrase(s, now) &&
    /\b(then|at that (time|point)|the (week|month|day) after|after that)\b|тогда/.test(s)
      ? (sentences[i - 1] as string).split(/,\s*/).reverse()
      : [],
  );
  // "Our fiscal year starts in July; budget conversations happen in May": when buying is talked
  // about is when to come back.
  const buyingTalks =
    /\b(budget|buying|purchasing|procurement|planning) (conversations|discussions|talks|decisions|planning|cycle|season|window|reviews?)\b/;
  // "Ping me the week after": after the time it points at.
  const after = /\bthe (week|month|day) after\b/.exec(t)?.[1] as 'week' | 'month' | 'day' | undefined;
  // "Signed a two-year deal. Maybe when that's up in 2028.": the year said beats the term counted.
  const yearSaid = sentences.map((x) => laterYear(x, now)).find((y) => y);
  // "Renews 31/03/2027, talk to me a month before": that long before the date named.
  const before = /\b(a|one|two|three|four|six|\d+) (week|month)s? (before|prior|ahead|earlier)\b/.exec(t);
  const ahead = (d: DateTime) => (before ? d.minus({ [`${before[2]}s`]: countOf(before[1]) }) : d);
  const dated = (x: string) =>
    yearSaid && TERMS.some((re) => re.test(x)) ? yearSaid : inYearWritten(t, dateInPhrase(x, now));
  // "Let's talk again when Q3 planning starts in June": the time it starts is when to come back,
  // unless the clause named one before ("reach out in May, once fiscal starts in July" is May).
  const whenItStarts = (c: string) => {
    const m = WHEN_IT_STARTS.exec(c);
    return m && !dated(c.slice(0, m.index)) ? c.slice(m.index + m[0].length) : c;
  };
  const ordered = [
    ...clauses.filter((s) => verb.test(s)).map(whenItStarts),
    ...clauses.filter((s) => OFFERED.test(s)),
    ...pointedAt,
    ...sentences.filter((s) => verb.test(s)),
    ...clauses.filter((s) => buyingTalks.test(s)),
    ...sentences.filter((s) => starts.test(s)),
    ...sentences,
  ];
  for (const s of ordered) {
    const at = dated(s);
    if (!at) continue;
    const atDay = onTheDayBeside(at, s, t, now);
    const d = after && pointedAt.includes(s) ? atDay.plus({ [`${after}s`]: 1 }) : atDay;
    // "После праздников, в середине января", "Next year. Q2 at the earliest.": a time named beside
    // a vague "next year" says more; so does the year after ("Not this year. Maybe 2028.").
    const vague = d.month === 1 && d.day === 1 && !namedMonth(s, now);
    // "Давайте в следующем году, ближе к весне": the clause beside it too.
    const beside = vague
      ? [...sentences, ...clauses]
          .map(dated)
          .find((b): b is DateTime => !!b && b > d && b <= d.plus({ years: 1 }))
      : undefined;
    return ahead(beside ?? d).toISODate() ?? undefined;
  }
  // "In the new FY", "until the end of the year" ("до конца года"), "slammed til year end" with no month named anywhere:
  // the calendar's new year is the best guess.
  if (
    /new (fy|fiscal)|\bend of (the|this) year\b|\beoy\b|\b(until|till|til|through|after|past) (the )?year[- ]end\b|(?<![а-яё])(конца|конце) (этого |текущего )?года/.test(
      t,
    )
  )
    return DateTime.utc(now.year + 1, 1, 1).toISODate() ?? undefined;
  return undefined;
}

/** "после 15-го", "after the 15th": a day with no month of its own. */
const DAY_AFTER =
  /(?:\bafter|\bpast|(?<![а-яё])после)\s+(?:the\s+)?(\d{1,2})(?:-?(?:го|е|ого)|st|nd|rd|th)(?![\p{L}\d])/u;

/**
 * "Давайте в январе, после 15-го", "January, after the 15th": the day said beside a month named in
 * another clause is that month's day, not the month's first.
 */
function onTheDayBeside(at: DateTime, phrase: string, text: string, now: DateTime): DateTime {
  if (at.day !== 1 || !namedMonth(phrase, now)) return at;
  const day = DAY_AFTER.exec(text);
  const on = day ? at.set({ day: Number(day[1]) }) : at;
  return on.isValid && on.month === at.month ? on : at;
}
