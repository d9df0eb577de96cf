import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * V8 stops optimising a regular expression whose source passes 20 KB: the phrase lists joined into
 * one such pattern ran fifteen times slower over the corpus (docs/reply-classifier.md, "One pattern
 * past 20 KB"). Every pattern the reply reader exports stays under that size; a list that grows past
 * it is split into patterns of its own, tested one after another.
 */
const LIMIT = 20 * 1024;
const domain = join(dirname(fileURLToPath(import.meta.url)), '../../src/domain');

function patternsIn(value: unknown, name: string, depth = 0): [string, RegExp][] {
  if (value instanceof RegExp) return [[name, value]];
  if (value && typeof value === 'object' && depth < 3)
    return Object.entries(value).flatMap(([k, v]) => patternsIn(v, `${name}.${k}`, depth + 1));
  return [];
}

test('every pattern of the reply reader stays under the 20 KB V8 still optimises', async () => {
  const files = readdirSync(domain).filter((f) => f.endsWith('.ts') && !f.endsWith('-weights.ts'));
  const patterns: [string, RegExp][] = [];
  for (const file of files) {
    const mod = await import(join(domain, file));
    patterns.push(...patternsIn(mod, file));
  }
  expect(patterns.length).toBeGreaterThan(100);
  expect(
    patterns.filter(([, re]) => re.source.length >= LIMIT).map(([name, re]) => `${name} ${re.source.length}`),
  ).toEqual([]);
});
