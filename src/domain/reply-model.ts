import type { Category } from './classify-rules.js';
import { weights } from './reply-model-weights.js';

/**
 * The trained half of the classifier: a multinomial naive Bayes over a reply's words and word
 * pairs, trained by `npm run train:classify` on the labelled corpus (test/fixtures/replies)
 * and stored in reply-model-weights.ts. The rules decide first; this model only speaks where
 * they found nothing ("default:other"), and only when it is sure (`MODEL_SURE`).
 */
export interface NaiveBayes {
  /** What it was trained on and when, for the README and the signals. */
  trainedOn: string;
  classes: Category[];
  /** log P(class). */
  priors: number[];
  /** log P(feature | class), per class in `classes` order. */
  features: Record<string, number[]>;
}

/**
 * The posterior a guess needs before it replaces "other". Chosen by 5-fold cross-validation
 * on the corpus (`npm run train:classify -- --cv`). With 4,453 replies: at 0.85 (tempered, below)
 * 98.5% of the sure guesses were right and 20 of 603 true "other" replies were overridden (the
 * rules decide those first); at 0.8, 97.9% and 24. A wrong "no" stops a sequence; a wrong
 * "other" only asks the owner to look, so the stricter one ships.
 */
export const MODEL_SURE = 0.85;

/** Words cut to six letters (a crude stem: "pricing"/"priced", "интересно"/"интересует"). */
const STEM = 6;

/**
 * Words that say nothing alone: "we", "us", "the new" made a neutral "we had a board meeting…
 * all of us" a sure "no". They still count inside pairs ("for us", "not for").
 */
const FUNCTION_WORDS = new Set(
  'a an and the of to in on at by for with from is are was were be been am it its this that these those i me my we us our you your he she they them their had have has do does did all new so as or if then there here what which who'
    // Contractions of the words above: "we're" alone is "we are", which says nothing.
    .concat(" we're i'm it's you're they're we've i've we'll i'll we'd i'd")
    .concat(
      ' и в во на с со к по о об от до за из у я мы нас наш вы вас ваш он она они их это этот эта то что как же ли бы все',
    )
    .split(' '),
);

/** A reply's features: its words (stemmed, function words left out) and adjacent word pairs, as the trainer saw them. */
export function featuresOf(normalisedText: string): string[] {
  const all = normalisedText.match(/[\p{L}\p{N}']+/gu) ?? [];
  const words = all.map((w) => w.slice(0, STEM));
  const plain = all.map((w) => FUNCTION_WORDS.has(w));
  // A pair of two function words ("the new", "of us") is as empty as each alone: it made a
  // neutral "…the new office plans were discussed by all of us" a sure "no" once more.
  const pairs = words.slice(1).flatMap((w, i) => (plain[i] && plain[i + 1] ? [] : [`${words[i]} ${w}`]));
  return [...words.filter((_, i) => !plain[i]), ...pairs];
}

/**
 * The model's best class for a text, its posterior probability (0..1), and how many distinct
 * words (not pairs) it knew: one known word is no evidence ("Test" was a sure yes, 0.93).
 */
export function predict(
  normalisedText: string,
  model: NaiveBayes = weights,
): { category: Category; p: number; wordsKnown: number } {
  const evidence = model.priors.map(() => 0);
  let seen = 0;
  const known = new Set<string>();
  for (const f of featuresOf(normalisedText)) {
    const logs = model.features[f];
    // Words it never saw say nothing for any class: skipped rather than smoothed, so an
    // unusual word cannot tip a short reply.
    if (!logs) continue;
    seen++;
    // A number or a single letter ("12", "k", "e" of "e-mail") is no word of a language: a
    // Czech out-of-office knew only those and came out a sure yes.
    if (!f.includes(' ') && /\p{L}.*\p{L}/u.test(f)) known.add(f);
    for (let c = 0; c < evidence.length; c++) evidence[c] = (evidence[c] as number) + (logs[c] as number);
  }
  // Naive Bayes counts every word as independent evidence, so a long reply makes it sure of
  // anything ("a board meeting … discussed at length" came out 0.9 "no"). The evidence is
  // tempered by √(words seen), which cross-validation preferred to none or to a plain mean.
  const temper = Math.sqrt(Math.max(1, seen));
  const scores = model.priors.map((p, c) => p + (evidence[c] as number) / temper);
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  const best = exp.indexOf(Math.max(...exp));
  return {
    category: model.classes[best] as Category,
    p: (exp[best] as number) / sum,
    wordsKnown: known.size,
  };
}
