/**
 * npm run train:classify [-- --parts tune,holdout,…] [--cv] : trains the classifier's two
 * models on the people's replies of the labelled corpus (test/fixtures/replies/source/
 * human-<part>.yaml): the category model (a multinomial naive Bayes, src/domain/reply-model.ts)
 * into src/domain/reply-model-weights.ts, and the brand model (a small neural network over word
 * vectors, src/domain/brand-model.ts) into src/domain/brand-model-weights.ts. Deterministic:
 * the same sources give the same files.
 *
 * --cv first prints a 5-fold cross-validation of rules + model on those texts, for each
 * threshold the model's guess may need, so MODEL_SURE is chosen on data, not by hand; and the
 * brand model's own, at each threshold beside BRAND_SURE.
 */
import { writeFile } from 'node:fs/promises';
import { BRAND_SURE, likelihoodOf } from '../src/domain/brand-model.js';
import { classify } from '../src/domain/classify.js';
import type { Category } from '../src/domain/classify-rules.js';
import { type NaiveBayes, predict } from '../src/domain/reply-model.js';
import { type BrandExample, brandExamples, trainBrand } from './corpus/brand-model.js';
import { allParts, type Example, examples, train, trainedOnOf } from './corpus/model.js';

const OUT = 'src/domain/reply-model-weights.ts';
const BRAND_OUT = 'src/domain/brand-model-weights.ts';

/** Rules first; the model only where they fell through to "other", and only when sure. */
function combined(model: NaiveBayes, text: string, sure: number): Category {
  const byRules = classify({
    from: 'x@example.com',
    subject: 'Re: hello',
    replyText: text,
    headers: {},
    receivedAt: new Date('2026-11-23T12:00:00Z'),
  });
  // Where the rules fell through, whether or not the shipped model then spoke: this fold's
  // model decides (the shipped one was trained on the held-out fold too).
  const fellThrough = byRules.signals.some((s) => s === 'default:other' || s.startsWith('model:'));
  if (!fellThrough) return byRules.category;
  const guess = predict(text, model);
  return guess.p >= sure && (guess.category === 'interested' || guess.category === 'not_interested')
    ? guess.category
    : 'other';
}

const YES_NO: readonly Category[] = ['interested', 'not_interested'];

/**
 * 5-fold cross-validation. The rules were written on these very texts (rules alone are ~100%
 * here by construction), so what it measures is the model's own reach: for each threshold, how
 * many of its sure yes/no guesses are right, how many true yes/no it catches, and how many
 * true "other" it would override; and rules + model together.
 */
function crossValidate(data: Example[]): void {
  const folds = 5;
  const thresholds = [0.6, 0.7, 0.8, 0.85, 0.9, 1.01];
  const rows = thresholds.map(() => ({ guesses: 0, right: 0, caught: 0, overridden: 0, combined: 0 }));
  let alone = 0;
  for (let k = 0; k < folds; k++) {
    const test = data.filter((_, i) => i % folds === k);
    const model = train(
      data.filter((_, i) => i % folds !== k),
      'cv',
    );
    for (const d of test) {
      const guess = predict(d.text, model);
      if (guess.category === d.category) alone++;
      for (const [t, sure] of thresholds.entries()) {
        const row = rows[t] as (typeof rows)[number];
        if (combined(model, d.text, sure) === d.category) row.combined++;
        if (guess.p < sure || !YES_NO.includes(guess.category)) continue;
        row.guesses++;
        if (guess.category === d.category) row.right++;
        if (guess.category === d.category && YES_NO.includes(d.category)) row.caught++;
        if (d.category === 'other') row.overridden++;
      }
    }
  }
  const pct = (a: number, b: number) => `${b ? ((a / b) * 100).toFixed(1) : '-'}%`;
  const yesNo = data.filter((d) => YES_NO.includes(d.category)).length;
  const others = data.filter((d) => d.category === 'other').length;
  console.log(
    `5-fold cross-validation on ${data.length} replies; the model alone: ${pct(alone, data.length)} right`,
  );
  for (const [t, sure] of thresholds.entries()) {
    const r = rows[t] as (typeof rows)[number];
    console.log(
      sure > 1
        ? `  rules alone: ${pct(r.combined, data.length)} right`
        : `  p >= ${sure.toFixed(2)}: sure yes/no guesses ${pct(r.right, r.guesses)} right, ${pct(r.caught, yesNo)} of yes/no caught, ${r.overridden} of ${others} "other" overridden; rules + model ${pct(r.combined, data.length)} right`,
    );
  }
}

/**
 * The brand model alone, 5-fold: of the complaints, how many it flags; of the other replies
 * that are not buying (where it may speak), how many it flags wrongly. The rules were written on
 * these texts, so rules and model together are not measured here (docs/reply-classifier.md, "Brand complaints by
 * meaning", measures them on parts written later).
 */
function crossValidateBrand(data: BrandExample[]): void {
  const folds = 5;
  const thresholds = [0.6, 0.7, 0.8, 0.9, 0.95];
  const rows = thresholds.map(() => ({ caught: 0, false: 0 }));
  for (let k = 0; k < folds; k++) {
    const model = trainBrand(
      data.filter((_, i) => i % folds !== k),
      'cv',
    );
    for (const d of data.filter((_, i) => i % folds === k)) {
      if (d.category === 'interested') continue;
      const p = likelihoodOf(d.features, model);
      for (const [t, sure] of thresholds.entries()) {
        const row = rows[t] as (typeof rows)[number];
        if (p >= sure && d.brand) row.caught++;
        if (p >= sure && !d.brand) row.false++;
      }
    }
  }
  const notBuying = data.filter((d) => d.category !== 'interested');
  const complaints = notBuying.filter((d) => d.brand).length;
  console.log(`brand model, 5-fold on ${data.length} English replies (${complaints} complaints):`);
  for (const [t, sure] of thresholds.entries()) {
    const r = rows[t] as (typeof rows)[number];
    console.log(
      `  p >= ${sure.toFixed(2)}${sure === BRAND_SURE ? ' (shipped)' : ''}: ${r.caught} of ${complaints} complaints flagged, ${r.false} of ${notBuying.length - complaints} other replies not buying flagged wrongly`,
    );
  }
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const known = await allParts();
const parts = arg('--parts')?.split(',') ?? known;
const unknown = parts.filter((p) => !known.includes(p));
if (unknown.length) {
  console.error(`train:classify: no part named ${unknown.join(', ')}; the parts are ${known.join(', ')}`);
  process.exit(2);
}
const data = await examples(parts);
if (process.argv.includes('--cv')) crossValidate(data);
const model = train(data, trainedOnOf(parts, data));
/** Writes a model's weights as a module of src/domain/ that the classifier imports. */
const writeWeights = (file: string, type: string, from: string, about: string, weights: unknown) =>
  writeFile(
    file,
    `// Written by \`npm run train:classify\` (scripts/train-classifier.ts): do not edit by hand.\n` +
      `// Trained on ${about}.\n` +
      `import type { ${type} } from './${from}';\n\n` +
      `export const weights: ${type} = JSON.parse(${JSON.stringify(JSON.stringify(weights))});\n`,
  );

await writeWeights(
  OUT,
  'NaiveBayes',
  'reply-model.js',
  `${model.trainedOn}: ${Object.keys(model.features).length} features`,
  model,
);
console.log(`model: ${Object.keys(model.features).length} features from ${model.trainedOn} → ${OUT}`);

const brandData = brandExamples(data);
if (process.argv.includes('--cv')) crossValidateBrand(brandData);
const brand = trainBrand(brandData, `${parts.join(', ')} (${brandData.length} English replies)`);
await writeWeights(BRAND_OUT, 'BrandModel', 'brand-model.js', brand.trainedOn, brand);
console.log(`brand model: ${brand.hidden.length} hidden units from ${brand.trainedOn} → ${BRAND_OUT}`);
