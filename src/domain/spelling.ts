import { ruleReads, ruleWord, ruleWords } from './rule-words.js';
import { englishWords, isEnglishWord } from './word-vectors.js';

/**
 * Typos in the words the rules turn on: first a curated few ("intersted", "unsubcribe", "pricng",
 * "deom", "rigth", "спсибо"), then any word a rule reads (commonWordNear, below). The curated long
 * words (seven letters and more, whose one-slip neighbours are not words) are read through one
 * slip: a letter missing, added or changed, or two swapped. Shorter ones, whose neighbours often
 * are words ("contact" for "contract", "removed" for "remove"), only through two swapped letters.
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
/**
 * Shorter words the rules turn on, read through one slip (first letter kept) only when what was
 * written is no English word at all: "pirce", "demmo", "emailng", "budjet", "contarct" are
 * corrected; "prise", "memo", "stomp" and "budged" are words and stay as written. Not "interest":
 * Spanish "no nos interesa" is one slip from it.
 */
const UNLESS_A_WORD = [
  'price',
  'prices',
  'demo',
  'demos',
  'email',
  'emails',
  'emailing',
  'emailed',
  'budget',
  'contract',
  'contracts',
  'person',
  'office',
  'remove',
  'stop',
  'spam',
  'thanks',
  'thank',
  'please',
  'meeting',
  'company',
  'year',
  'month',
  'quote',
  'proposal',
  'compliant',
  'compliance',
  'contact',
  'later',
  'revisit',
  'mailing',
  'vendor',
  'vendors',
  'solution',
  'available',
  'currently',
  'already',
  'appreciate',
  'sorry',
  'wrong',
  'busy',
  'pilot',
  'trial',
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
const KNOWN = new Set([...LONG, ...SWAP_ONLY, ...UNLESS_A_WORD, ...REAL]);

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
  // A word of the table stays, even a misspelling common enough to be in it ("feburary"): among
  // its rare words, real ones ("retried", "singed", "funder") are one slip from common words too.
  // …and so does a word a rule names as it is: Portuguese "remova" is no slip of "remove".
  if (!/^[a-z]+$/.test(word) || isEnglishWord(word) || ruleWord(word)) return word;
  const near = UNLESS_A_WORD.filter((k) => k[0] === word[0] && oneSlip(word, k));
  // "sorr" is one slip from "sorry" and from nothing else; a word near two keywords is left alone.
  if (near.length === 1) return near[0] as string;
  return word.length >= 6 ? (commonWordNear(word) ?? word) : word;
}

/** Where a rule's word the table does not know ("onboarding", "webhooks") ranks: after all it knows. */
const UNRANKED = 100_000;

interface Corrections {
  /** Each word a correction may give, with how common it is. */
  rank: Map<string, number>;
  /** Each such word with one letter left out, to the words it could be: "sendng" → ["sending"]. */
  missing: Map<string, string[]>;
  /** The longest such word: a longer one is no slip of any (and a run of 9,000 letters is not tried). */
  longest: number;
}
let corrections: Corrections | undefined;

/** The words a typo may be corrected into: English words some rule reads, and the rules' own. */
function correctionsTable(): Corrections {
  if (corrections) return corrections;
  const rank = new Map<string, number>();
  for (const [word, at] of englishWords()) if (word.length >= 6 && ruleReads(word)) rank.set(word, at);
  for (const word of ruleWords()) if (word.length >= 6 && !rank.has(word)) rank.set(word, UNRANKED);
  const missing = new Map<string, string[]>();
  for (const word of rank.keys())
    for (let i = 1; i < word.length; i++) {
      const typed = word.slice(0, i) + word.slice(i + 1);
      missing.set(typed, [...(missing.get(typed) ?? []), word]);
    }
  corrections = { rank, missing, longest: Math.max(...[...rank.keys()].map((w) => w.length)) };
  return corrections;
}

/**
 * Any other typo of six letters or more in a word some rule reads ("sedning", "imlpementation",
 * "enrcypted", "fberuary", "reconect"): the most common such word that two letters swapped, one
 * left out or one typed twice would give, first letter kept. A letter changed is not undone here
 * ("spammed" is not "slammed"), a word a rule names is left as written ("preise"), and the
 * curated lists above keep theirs.
 */
function commonWordNear(word: string): string | undefined {
  const { rank, missing, longest } = correctionsTable();
  if (word.length > longest + 1 || ruleWord(word)) return undefined;
  const candidates = [...(missing.get(word) ?? [])];
  for (let i = 1; i < word.length - 1; i++) {
    candidates.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    if (word[i] === word[i + 1]) candidates.push(word.slice(0, i) + word.slice(i + 1));
  }
  let best: string | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const at = rank.get(c);
    // "webhook" is "webhooks" without its plural, not a typo of it.
    if (at !== undefined && at < bestRank && c !== `${word}s`) {
      best = c;
      bestRank = at;
    }
  }
  return best;
}
