/**
 * Typos in the few words the rules turn on ("intersted", "unsubcribe", "pricng", "deom",
 * "rigth", "спсибо"). Long words (seven letters and more, whose one-slip neighbours are not
 * words) are read through one slip: a letter missing, added or changed, or two swapped. Shorter
 * ones, whose neighbours often are words ("contact" for "contract", "removed" for "remove"),
 * only through two swapped letters.
 */
const LONG = [
  'interested',
  'interesting',
  'unsubscribe',
  'integrate',
  'integration',
  'pricing',
  'schedule',
  'calendar',
  'security',
  'quarter',
  'relevant',
  'irrelevant',
  'spamming',
  'quotation',
  'department',
  'management',
  'embarrassing',
  'unprofessional',
  'disrespectful',
  'inappropriate',
  'harassment',
  'интересно',
  'интересует',
  'удалите',
  'давайте',
  'неинтересно',
  'пожалуйста',
  'стоимость',
  'актуально',
  'неактуально',
  'спасибо',
];
const SWAP_ONLY = [
  'отпишите',
  'demo',
  'stop',
  'spam',
  'remove',
  'right',
  'thanks',
  'please',
  'again',
  'office',
  'person',
  'contract',
  'budget',
  'meeting',
];
/** Real words one slip from a long keyword, which stay as written. */
const REAL = [
  'scheduled',
  'schedules',
  'calendars',
  'integrated',
  'integrates',
  'integrations',
  'quartet',
  'quarters',
  'unsubscribed',
  'quotations',
  'departments',
  'managements',
  'интересуют',
  'удалить',
  'опишите',
];
const KNOWN = new Set([...LONG, ...SWAP_ONLY, ...REAL]);

/** At most one slip between `a` and `b`: a letter missing, added or changed, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [restA, restB] = [a.slice(i), b.slice(i)];
  if (a.length !== b.length) return a.length > b.length ? restA.slice(1) === restB : restA === restB.slice(1);
  return (
    restA.slice(1) === restB.slice(1) ||
    (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
  );
}

/** Two neighbouring letters swapped, nothing else. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

export function spelled(word: string): string {
  if (KNOWN.has(word)) return word;
  if (word.length >= 6) for (const k of LONG) if (k[0] === word[0] && oneSlip(word, k)) return k;
  for (const k of SWAP_ONLY) if (k[0] === word[0] && swapped(word, k)) return k;
  return word;
}
