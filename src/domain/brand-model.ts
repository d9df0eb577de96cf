import { weights } from './brand-model-weights.js';
import { pooled, rowsOf } from './word-vectors.js';

/**
 * The trained half of the brand flag: a logistic regression over a reply's word vectors
 * (word-vectors.ts), trained by `npm run train:classify` on the corpus's English replies and
 * stored in brand-model-weights.ts. The rules (threats.ts, harsh-words.ts) catch complaints in
 * the shapes they were taught; each new set of complaints came in shapes they were not, about
 * one in two. Vectors carry the meaning of words the rules never listed ("a guilt trip",
 * "badgering", "reads like a parody"), so this model catches many of the rest. It only speaks
 * where the rules found no flag and the reply is not buying (flags.ts, complaintByMeaning).
 */
export interface BrandModel {
  /** What it was trained on, for the README and the signals. */
  trainedOn: string;
  /** Each feature's mean and spread in training, to put a reply's features on the same scale. */
  mean: number[];
  spread: number[];
  weights: number[];
  bias: number;
}

/**
 * The probability a flag needs. Chosen on replies written after the training ones (README,
 * "Brand complaints by meaning"): trained without blind37/–blind39/ and measured on each beside
 * the rules as they stood before its lessons, rules and model caught 138 of 215 complaints where
 * the rules alone caught 111, with one false alarm more (12 where the rules made 11); at 0.8,
 * 147 with five more; at 0.95, 128 with one more.
 */
export const BRAND_SURE = 0.9;

/**
 * What a stop needs. Stops are the commonest replies the model reads, and in 5-fold
 * cross-validation it put 14 of 221 plain ones at 0.9 or more ("Kindly remove my email from
 * your database." 0.91, "I do not want to receive any more emails from your company." 0.93),
 * 3 at 0.98. On the three later parts this bar costs 4 of the 27 complaints the model added.
 */
export const BRAND_SURE_IN_A_STOP = 0.98;

/**
 * Words that carry no judgement: leaving them out keeps a reply's average on the words that do.
 * "you" and "your" stay out too: kept, they caught two complaints more with two false alarms
 * more (README, "Brand complaints by meaning").
 */
const PLAIN = new Set(
  `a an the and or but if of to in on at for with by from as is are was were be been being it its this that these those
  i me my we our us you your yours he she they them their his her do does did have has had will would can could should
  shall may might must not no so than then there here what which who whom when where why how all any some just also very
  am im up out about into over again further once only own same too s t d ll ve re m`.split(/\s+/),
);

/** An address or a link: "m.ivanova@fortuna-group.ru" read as words is "fortuna", "group", "ru". */
const ADDRESS = /\S+@\S+|https?:\/\/\S+|www\.\S+/g;

/** The words of a normalised reply that the table may know: letters only, lower case, judgement-free words left out. */
export const wordsOf = (text: string): string[] =>
  (
    text
      .toLowerCase()
      .replace(ADDRESS, ' ')
      .match(/[a-z]+/g) ?? []
  ).filter((w) => !PLAIN.has(w));

/**
 * A question: a complaint is said, not asked. "Who handles abuse reports on your side?" was a
 * complaint for its words alone; the rhetorical questions of a real one ("Who told you about
 * it?") come beside a judgement said plainly ("This is deeply concerning").
 */
const QUESTION = /[^.!?\n]*\?+/g;

/**
 * Fewer known words than this and the model says nothing: two words ("Ugh, stop.") pool into
 * extremes it read as a complaint. The rules know the short complaints ("Spam.", "Creepy.").
 */
const FEWEST_WORDS = 3;

/** The vectors are English: a Russian reply's Latin words are names and addresses. */
const CYRILLIC = /[а-яё]/i;

/**
 * A reply's features: the mean, the largest and the smallest value of each dimension over its
 * words' vectors (the mean says what the reply is about, the extremes catch one harsh word in a
 * long polite reply). None for a reply in Russian, or with fewer than three words the table
 * knows outside its questions.
 */
export function brandFeatures(text: string): Float32Array | undefined {
  if (CYRILLIC.test(text)) return undefined;
  if (rowsOf(wordsOf(text.replace(QUESTION, ' '))).length < FEWEST_WORDS) return undefined;
  return pooled(rowsOf(wordsOf(text)));
}

/** The probability that a normalised reply complains about us; 0 when the model cannot read it. */
export function brandLikelihood(text: string, model: BrandModel = weights): number {
  const features = brandFeatures(text);
  return features ? likelihoodOf(features, model) : 0;
}

/** The model's probability for features already read (the trainer reads each reply once). */
export function likelihoodOf(features: Float32Array, model: BrandModel): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++)
    z +=
      (((features[i] as number) - (model.mean[i] as number)) / (model.spread[i] as number)) *
      (model.weights[i] as number);
  return 1 / (1 + Math.exp(-z));
}
