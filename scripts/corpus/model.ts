/**
 * Training the classifier's model (src/domain/reply-model.ts): a multinomial naive Bayes over
 * the people's replies of the labelled corpus (source/human-<part>.yaml). Used by
 * `npm run train:classify` and by the test that checks the stored weights are what the
 * sources give.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Category } from '../../src/domain/classify-rules.js';
import { normalise } from '../../src/domain/normalise.js';
import { featuresOf, type NaiveBayes } from '../../src/domain/reply-model.js';

export const SOURCES = 'test/fixtures/replies/source';
/** Laplace smoothing: a feature never seen with a class still has a little weight. */
const ALPHA = 0.5;

export interface Example {
  part: string;
  text: string;
  category: Category;
  /** Labelled a brand complaint (the brand model's target; scripts/corpus/brand-model.ts). */
  brand: boolean;
  /** The reply as written (the brand model leaves out the names in it). */
  written: string;
}

export async function examples(parts: string[]): Promise<Example[]> {
  const out: Example[] = [];
  for (const part of parts) {
    const rows = parse(await readFile(join(SOURCES, `human-${part}.yaml`), 'utf8')) as {
      text: string;
      category: Category;
      flags?: string[];
    }[];
    for (const r of rows)
      out.push({
        part,
        text: normalise(r.text),
        written: r.text,
        category: r.category,
        brand: r.flags?.includes('brand') ?? false,
      });
  }
  return out;
}

export function train(data: Example[], trainedOn: string): NaiveBayes {
  const classes = [...new Set(data.map((d) => d.category))].sort() as Category[];
  const counts = new Map<string, number[]>();
  const totals = classes.map(() => 0);
  for (const d of data) {
    const c = classes.indexOf(d.category);
    for (const f of featuresOf(d.text)) {
      const row = counts.get(f) ?? classes.map(() => 0);
      row[c] = (row[c] as number) + 1;
      counts.set(f, row);
      totals[c] = (totals[c] as number) + 1;
    }
  }
  const vocabulary = counts.size;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const features: Record<string, number[]> = {};
  for (const f of [...counts.keys()].sort())
    features[f] = (counts.get(f) as number[]).map((n, c) =>
      round(Math.log((n + ALPHA) / ((totals[c] as number) + ALPHA * vocabulary))),
    );
  const priors = classes.map((c) =>
    round(Math.log(data.filter((d) => d.category === c).length / data.length)),
  );
  return { trainedOn, classes, priors, features };
}

/** Every part with people's replies, in name order. */
export async function allParts(): Promise<string[]> {
  return (await readdir(SOURCES)).flatMap((f) => /^human-(.+)\.yaml$/.exec(f)?.[1] ?? []).sort();
}

/** The text trainedOn records for these parts. */
export const trainedOnOf = (parts: string[], data: Example[]) =>
  `${parts.join(', ')} (${data.length} replies)`;
