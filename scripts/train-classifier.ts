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
  if (!byRules.signals.includes('default:other')) return byRules.category;
  const guess = predict(text, model);
  return guess.p >= sure && (guess.category === 'interested' || guess.category === 'not_interested')
    ? guess.category
    : 'other';
}

function crossValidate(data: Example[]): void {
  const folds = 5;
  const thresholds = [0.6, 0.7, 0.8, 0.9, 1.01];
  const right = thresholds.map(() => 0);
  let alone = 0;
  for (let k = 0; k < folds; k++) {
    const test = data.filter((_, i) => i % folds === k);
    const model = train(
      data.filter((_, i) => i % folds !== k),
      'cv',
    );
    for (const [t, sure] of thresholds.entries())
      for (const d of test)
        if (combined(model, d.text, sure) === d.category) right[t] = (right[t] as number) + 1;
    for (const d of test) if (predict(d.text, model).category === d.category) alone++;
  }
  // The rules were written on these very texts, so "rules alone" is 100% here by construction:
  // what this shows is the model's own reach, and how often a sure guess overrides a true "other".
  console.log(`5-fold cross-validation, the model alone: ${((alone / data.length) * 100).toFixed(1)}% right`);
  console.log(
    `5-fold cross-validation on ${data.length} replies (rules, then the model where they say nothing):`,
  );
  for (const [t, sure] of thresholds.entries())
    console.log(
      `  model needs p >= ${sure > 1 ? 'never (rules alone)' : sure.toFixed(2)}: ${(((right[t] as number) / data.length) * 100).toFixed(1)}% right`,
    );
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const parts = arg('--parts')?.split(',') ?? (await allParts());
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
