import { DateTime } from 'luxon';
import {
  bounceSenders,
  type Category,
  escalationRules,
  priorityRules,
  subjectRules,
  type TextRule,
  textRules,
} from './classify-rules.js';

/** What the classifier may read: headers, subject, the reply's own text, a delivery report. */
export interface ClassifyInput {
  from: string;
  subject: string;
  replyText: string;
  headers: Record<string, string>;
  dsn?: { finalRecipient: string; action?: string; status?: string };
  /** When the reply arrived, to read "back on Monday"-free dates like "back on 3 Dec". */
  receivedAt: Date;
}

export interface Classification {
  category: Category;
  flags: { escalation?: 'legal' | 'brand'; priority: string[] };
  /** The rules that decided, e.g. ["header:auto-submitted=auto-replied", "subject:ooo:en"]. */
  signals: string[];
  /** Out of office: the return date the reply states (ISO date), if any. */
  returnDate?: string;
  /** Bounce: the address that could not be reached. */
  bouncedAddress?: string;
}

const firstMatch = (rules: TextRule[], text: string) => rules.find((r) => r.pattern.test(text));

/**
 * Classifies a reply. Machine signals (delivery reports, RFC 3834 Auto-Submitted, vendor
 * auto-reply headers, subjects) come first; then the reply text, by the rules' order.
 */
export function classify(input: ClassifyInput): Classification {
  const signals: string[] = [];
  const flags = flagsOf(input.replyText, signals);
  const result = (category: Category, extra: Partial<Classification> = {}): Classification => ({
    category,
    flags,
    signals,
    ...extra,
  });

  const report = input.headers['content-type']?.toLowerCase() ?? '';
  if (
    input.dsn &&
    (input.dsn.action === 'failed' || input.dsn.status?.startsWith('5') || !input.dsn.action)
  ) {
    signals.push('dsn:final-recipient');
    if (report.includes('multipart/report')) signals.push('header:content-type=multipart/report');
    return result('bounce', { bouncedAddress: input.dsn.finalRecipient });
  }
  const bounceSubject = firstMatch(subjectRules.bounce, input.subject);
  if (bounceSubject && bounceSenders.test(input.from)) {
    signals.push(`from:${input.from.split('@')[0]}`, bounceSubject.signal);
    const failed = input.headers['x-failed-recipients']?.split(',')[0]?.trim().toLowerCase();
    return result('bounce', failed ? { bouncedAddress: failed } : {});
  }

  // An unsubscribe in an auto-reply is still a person's wish; check it before auto signals.
  const unsubscribe = textRules.find((r) => r.category === 'unsubscribe');
  const unsub = unsubscribe && firstMatch(unsubscribe.rules, input.replyText);
  const auto = autoReplySignals(input);
  if (auto.length && !unsub) {
    signals.push(...auto);
    return result('out_of_office', { returnDate: returnDateIn(input.replyText, input.receivedAt) });
  }
  for (const { category, rules } of textRules) {
    const hit = firstMatch(rules, input.replyText);
    if (!hit) continue;
    signals.push(hit.signal);
    return category === 'out_of_office'
      ? result(category, { returnDate: returnDateIn(input.replyText, input.receivedAt) })
      : result(category);
  }
  signals.push('default:other');
  return result('other');
}

/** RFC 3834 Auto-Submitted (anything but "no"), vendor headers, automatic-reply subjects. */
function autoReplySignals(input: ClassifyInput): string[] {
  const h = input.headers;
  const found: string[] = [];
  const autoSubmitted = h['auto-submitted']?.toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') found.push(`header:auto-submitted=${autoSubmitted}`);
  if (h['x-autoreply'] || h['x-autorespond']) found.push('header:x-autoreply');
  if (h['x-auto-response-suppress'] && /oof|autoreply|all/i.test(h['x-auto-response-suppress']))
    found.push('header:x-auto-response-suppress');
  const subject = firstMatch(subjectRules.out_of_office, input.subject);
  if (subject) found.push(subject.signal);
  // A precedence header alone is a list or a bulk mail, not an absence.
  return found;
}

function flagsOf(text: string, signals: string[]): Classification['flags'] {
  const escalation = escalationRules.find(({ rules }) => {
    const hit = firstMatch(rules, text);
    if (hit) signals.push(hit.signal);
    return !!hit;
  })?.flag;
  const priority = priorityRules.filter((r) => r.pattern.test(text)).map((r) => r.topic);
  for (const topic of priority) signals.push(`text:priority:${topic}`);
  return escalation ? { escalation, priority } : { priority };
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  янв: 1,
  фев: 2,
  мар: 3,
  апр: 4,
  мая: 5,
  май: 5,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  окт: 10,
  ноя: 11,
  дек: 12,
};

/**
 * "back on 2026-12-03", "until 03.12.2026", "return on December 3", "вернусь 3 декабря": the
 * first date after the reply arrived. A year-less date in the past means next year.
 */
export function returnDateIn(text: string, receivedAt: Date): string | undefined {
  const now = DateTime.fromJSDate(receivedAt, { zone: 'UTC' });
  const candidates: DateTime[] = [];
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    candidates.push(DateTime.utc(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g))
    candidates.push(DateTime.utc(Number(m[3]), Number(m[2]), Number(m[1])));
  const month = '([a-zа-я]{3})[a-zа-я]*\\.?';
  for (const m of text.toLowerCase().matchAll(new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+${month}`, 'gu')))
    candidates.push(yearless(Number(m[1]), m[2] as string, now));
  for (const m of text.toLowerCase().matchAll(new RegExp(`${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gu')))
    candidates.push(yearless(Number(m[2]), m[1] as string, now));
  const valid = candidates
    .filter((d) => d.isValid && d >= now.startOf('day'))
    .sort((a, b) => a.toMillis() - b.toMillis());
  return valid[0]?.toISODate() ?? undefined;
}

function yearless(day: number, monthWord: string, now: DateTime): DateTime {
  const month = MONTHS[monthWord];
  if (!month) return DateTime.invalid('not a month');
  const d = DateTime.utc(now.year, month, day);
  return d < now.startOf('day') ? d.plus({ years: 1 }) : d;
}
