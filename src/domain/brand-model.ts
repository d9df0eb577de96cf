import { weights } from './brand-model-weights.js';
import { pooled, rowsOf } from './word-vectors.js';

/**
 * The trained half of the brand flag: a small neural network (one hidden layer) over a reply's
 * word vectors (word-vectors.ts), trained by `npm run train:classify` on the corpus's English
 * replies and stored in brand-model-weights.ts. The rules (threats.ts, harsh-words.ts) catch
 * complaints in the shapes they were taught; each new set of complaints came in shapes they were
 * not, about one in two. Vectors carry the meaning of words the rules never listed ("a guilt
 * trip", "badgering", "reads like a parody"), so this model catches many of the rest. It only
 * speaks where the rules found no flag and the reply is not buying (flags.ts, complaintByMeaning).
 */
export interface BrandModel {
  /** What it was trained on, for the README and the signals. */
  trainedOn: string;
  /** A hash of the examples it was trained on (scripts/corpus/brand-model.ts, fingerprintOf). */
  fingerprint: string;
  /** Each feature's mean and spread in training, to put a reply's features on the same scale. */
  mean: number[];
  spread: number[];
  /** Each hidden unit's weights over the features, and its bias. */
  hidden: number[][];
  hiddenBias: number[];
  /** The output's weights over the hidden units, and its bias. */
  output: number[];
  bias: number;
}

/**
 * The probability a flag needs. Chosen by training without each of the seven brand-heavy parts
 * (blind35/–blind41/) in turn and reading that part's replies that are not buying (docs/reply-classifier.md,
 * "Brand complaints by meaning"): at 0.7 the network flagged 216 of 364 complaints with 14 false
 * alarms among 326 other such replies; at 0.8, 199 with 13; at 0.9, 170 with 8. The logistic
 * regression it replaced (the same objective, measured in scikit-learn) flagged 191 with 17 at
 * its 0.9.
 */
export const BRAND_SURE = 0.7;

/**
 * What a stop needs. Polite stops are the commonest replies the model reads, and their words
 * ("remove", "database", "emails from your company") sit near complaints'. Measured the same
 * way, on the stops: at 0.9, 35 of 73 complaints flagged with 4 false alarms among 91 plain
 * stops; at 0.7, 46 with 6. The regression's bar (0.98) flagged 26 with 3.
 */
export const BRAND_SURE_IN_A_STOP = 0.9;

/**
 * Words that carry no judgement: leaving them out keeps a reply's average on the words that do.
 * "you" and "your" stay out too: kept, they caught two complaints more with two false alarms
 * more (docs/reply-classifier.md, "Brand complaints by meaning").
 */
const PLAIN = new Set(
  `a an the and or but if of to in on at for with by from as is are was were be been being it its this that these those
  i me my we our us you your yours he she they them their his her do does did have has had will would can could should
  shall may might must not no so than then there here what which who whom when where why how all any some just also very
  am im up out about into over again further once only own same too s t d ll ve re m`.split(/\s+/),
);

/**
 * An address or a link: "m.ivanova@fortuna-group.ru" read as words is "fortuna", "group", "ru".
 * An address starts where a word does ((?<!\S)): tried inside a long word, the pattern crossed
 * the rest of it each time.
 */
const ADDRESS = /(?<!\S)\S+@\S+|https?:\/\/\S+|www\.\S+/g;

/**
 * The words of a normalised reply that the table may know: letters only, lower case, judgement-free
 * words and the people it names left out.
 */
export const wordsOf = (text: string, names: readonly string[] = []): string[] =>
  (
    text
      .toLowerCase()
      .replace(ADDRESS, ' ')
      .match(/[a-z]+/g) ?? []
  ).filter((w) => !PLAIN.has(w) && !names.includes(w));

const TITLED = /^\p{Lu}\p{Ll}+$/u;

/**
 * The names in a reply as written (lower case): a capitalised word inside a sentence ("Passing to
 * John Doe", "copying Priya"), or two together at its start ("Jane Doe liked your message"). The
 * vectors of "doe", "jane" or "smith" lean toward complaints (a legal case's anonymous party):
 * read as words, "Passing to John Doe." was flagged at 0.98, though nobody complained.
 */
export function namesIn(written: string): string[] {
  const names: string[] = [];
  for (const sentence of written.split(/(?<=[.!?])\s+|\n+/)) {
    const words = sentence.match(/[\p{L}'’-]+/gu) ?? [];
    for (const [i, w] of words.entries())
      if (TITLED.test(w) && (i > 0 || TITLED.test(words[1] ?? ''))) names.push(w.toLowerCase());
  }
  return names;
}

/**
 * A question: a complaint is said, not asked. "Who handles abuse reports on your side?" was a
 * complaint for its words alone; the rhetorical questions of a real one ("Who told you about
 * it?") come beside a judgement said plainly ("This is deeply concerning").
 */
// Starts only where a sentence does, for the same reason as ADDRESS.
const QUESTION = /(?<![^.!?\n])[^.!?\n]*\?+/g;

/**
 * Fewer known words than this and the model says nothing: two words ("Ugh, stop.") pool into
 * extremes it read as a complaint. The rules know the short complaints ("Spam.", "Creepy.").
 */
const FEWEST_WORDS = 3;

/** The vectors are English: a Russian reply's Latin words are names and addresses. */
const CYRILLIC = /[а-яё]/i;

/**
 * Words of German, French, Spanish, Italian, Portuguese and Dutch that English never uses: two of
 * them and the reply is in one of those languages, which the English vectors misread ("Ich bin nicht
 * zuständig, bitte wenden Sie sich an…" read as a complaint at 0.98).
 */
const FOREIGN_WORD =
  /(?<![\p{L}])(ich|nicht|und|bitte|danke|für|wir|ihre?|ihnen|haben|keinen?|je|nous|vous|merci|pas|avec|votre|notre|sommes|gracias|usted|nosotros|estamos|muchas|grazie|siamo|della|sono|obrigad[oa]|não|você|temos|graag|wij|ik|niet|uw|onze|bedankt)(?![\p{L}])/giu;
const inAnotherLanguage = (text: string) => new Set(text.toLowerCase().match(FOREIGN_WORD) ?? []).size >= 2;

/**
 * A reply's features: the mean, the largest and the smallest value of each dimension over its
 * words' vectors (the mean says what the reply is about, the extremes catch one harsh word in a
 * long polite reply). None for a reply in Russian, or with fewer than three words the table
 * knows outside its questions.
 */
export function brandFeatures(text: string, names: readonly string[] = []): Float32Array | undefined {
  if (CYRILLIC.test(text) || inAnotherLanguage(text)) return undefined;
  if (rowsOf(wordsOf(text.replace(QUESTION, ' '), names)).length < FEWEST_WORDS) return undefined;
  return pooled(rowsOf(wordsOf(text, names)));
}

/**
 * The probability that a normalised reply complains about us; 0 when the model cannot read it.
 * `names`: the people it names (`namesIn` the reply as written), left unread.
 */
export function brandLikelihood(
  text: string,
  names: readonly string[] = [],
  model: BrandModel = weights,
): number {
  const features = brandFeatures(text, names);
  return features ? likelihoodOf(features, model) : 0;
}

/** The model's probability for features already read (the trainer reads each reply once). */
export function likelihoodOf(features: Float32Array, model: BrandModel): number {
  const x = new Float64Array(features.length);
  for (let i = 0; i < x.length; i++)
    x[i] = ((features[i] as number) - (model.mean[i] as number)) / (model.spread[i] as number);
  let z = model.bias;
  for (const [u, unit] of model.hidden.entries()) {
    let a = model.hiddenBias[u] as number;
    for (let i = 0; i < x.length; i++) a += (x[i] as number) * (unit[i] as number);
    if (a > 0) z += a * (model.output[u] as number);
  }
  return 1 / (1 + Math.exp(-z));
}
