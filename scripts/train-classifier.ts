/**
 * npm run train:classify [-- --parts tune,holdout,…] [--cv] : trains the classifier's model
 * (a multinomial naive Bayes, src/domain/reply-model.ts) on the people's replies of the
 * labelled corpus (test/fixtures/replies/source/human-<part>.yaml) and writes its weights to
 * src/domain/reply-model-weights.ts. Deterministic: the same sources give the same file.
 *
 * --cv first prints a 5-fold cross-validation of rules + model on those texts, for each
 * threshold the model's guess may need, so MODEL_SURE is chosen on data, not by hand.
 */
import { writeFile } from 'node:fs/promises';
import { classify } from '../src/domain/classify.js';
import type { Category } from '../src/domain/classify-rules.js';
import { type NaiveBayes, predict } from '../src/domain/reply-model.js';
import { allParts, type Example, examples, train, trainedOnOf } from './corpus/model.js';

const OUT = 'src/domain/reply-model-weights.ts';

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
await writeFile(
  OUT,
  `// Written by \`npm run train:classify\` (scripts/train-classifier.ts): do not edit by hand.\n` +
    `// Trained on ${model.trainedOn}: ${Object.keys(model.features).length} features.\n` +
    `import type { NaiveBayes } from './reply-model.js';\n\n` +
    `export const weights: NaiveBayes = JSON.parse(${JSON.stringify(JSON.stringify(model))});\n`,
);
console.log(`model: ${Object.keys(model.features).length} features from ${model.trainedOn} → ${OUT}`);
