import * as rules from './classify-rules.js';
import * as harsh from './harsh-words.js';
import * as praise from './praise.js';
import * as questionRules from './question-rules.js';
import * as questions from './questions.js';
import * as sneers from './sneers.js';
import * as threats from './threats.js';

/**
 * The English words the rules are written in ("sending", "implement", "encrypted", "february"),
 * gathered once from their patterns. A typo is corrected only into one of these (spelling.ts): a
 * word no rule reads changes nothing if it stays as written, and a word from another language
 * ("precios", "danke") or a name ("Clari") must not become an English one.
 */
function wordsOf(value: unknown, into: Set<string>, depth = 0): void {
  if (value instanceof RegExp) {
    // "\\bprice" is "price": an escape's letter is no part of the word after it.
    for (const w of value.source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]{4,}/g) ?? []) into.add(w);
  } else if (value && typeof value === 'object' && depth < 3) {
    for (const v of Object.values(value)) wordsOf(v, into, depth + 1);
  }
}

const WORDS = new Set<string>();
for (const module of [rules, questionRules, questions, threats, sneers, harsh, praise])
  wordsOf(module, WORDS);
const STEMS = new Set([...WORDS].filter((w) => w.length >= 5));

/**
 * Whether some rule reads this word: as written in a pattern, or as a pattern's stem with an ending
 * ("implement" in "implement|deploy" reads "implementation", "cancel" in "cancel(lation)?"
 * "cancellation").
 */
export function ruleReads(word: string): boolean {
  if (WORDS.has(word)) return true;
  for (let end = Math.max(5, word.length - 6); end < word.length; end++)
    if (STEMS.has(word.slice(0, end))) return true;
  return false;
}

/** Whether a pattern names this very word: "preise" (German prices) is read as it is, never corrected. */
export const ruleWord = (word: string) => WORDS.has(word);

/** Every word the rules name. */
export const ruleWords = (): ReadonlySet<string> => WORDS;
