/**
 * Training the brand model (src/domain/brand-model.ts): a small neural network (one hidden layer
 * of rectified units) over word vectors, on the labelled corpus's people's replies it can read
 * (English, three known words or more), a reply with the brand flag against one without.
 * Full-batch Adam on the L2-penalised log loss from a seeded start, a fixed number of steps:
 * deterministic, so the same sources give the same weights. It replaced a logistic regression on
 * the same features, which caught fewer complaints at more false alarms on parts held out of
 * training (docs/reply-classifier.md, "Brand complaints by meaning").
 */
import { createHash } from 'node:crypto';
import { type BrandModel, brandFeatures, namesIn } from '../../src/domain/brand-model.js';
import type { Example } from './model.js';

/** The network's shape and training, chosen on parts held out of training (README). */
const HIDDEN = 64;
const PENALTY = 3;
const STEPS = 200;
const RATE = 0.01;
const SEED = 20261203;

export interface BrandExample extends Example {
  features: Float32Array;
}

/**
 * The replies the brand model can read (the corpus's, as examples() gives them); those it cannot
 * (in Russian, or too short) are the rules' alone.
 */
export function brandExamples(data: Example[]): BrandExample[] {
  return data.flatMap((d) => {
    const features = brandFeatures(d.text, namesIn(d.written));
    return features ? [{ ...d, features }] : [];
  });
}

/**
 * What a training reads, in one short hash: each example's features and label. The stored
 * weights carry it, and a test compares it with the corpus as it stands, so a changed source or
 * a changed way of reading replies without `npm run train:classify` fails CI (training itself
 * takes seconds, too long to repeat in a test on a busy machine).
 */
export function fingerprintOf(data: BrandExample[]): string {
  const hash = createHash('sha256');
  for (const d of data) {
    hash.update(Buffer.from(d.features.buffer, d.features.byteOffset, d.features.byteLength));
    hash.update(d.brand ? '1' : '0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** A seeded generator (mulberry32): the same start on every machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainBrand(data: BrandExample[], trainedOn: string, steps = STEPS): BrandModel {
  const n = data.length;
  const k = (data[0] as BrandExample).features.length;
  const h = HIDDEN;
  const mean = Array.from(
    { length: k },
    (_, j) => data.reduce((s, d) => s + (d.features[j] as number), 0) / n,
  );
  const spread = mean.map((m, j) => {
    const v = data.reduce((s, d) => s + ((d.features[j] as number) - m) ** 2, 0) / n;
    return Math.sqrt(v) || 1;
  });
  // Standardised rows, one after another.
  const x = new Float64Array(n * k);
  for (const [i, d] of data.entries())
    for (let j = 0; j < k; j++)
      x[i * k + j] = ((d.features[j] as number) - (mean[j] as number)) / (spread[j] as number);
  const y = data.map((d) => (d.brand ? 1 : 0));

  // Parameters in one array: inputs→hidden (k×h, row per input), hidden biases, hidden→output, output bias.
  const [W1, B1, W2, B2] = [0, k * h, k * h + h, k * h + 2 * h];
  const size = k * h + 2 * h + 1;
  const w = new Float64Array(size);
  const random = seeded(SEED);
  const inBound = Math.sqrt(6 / (k + h));
  const outBound = Math.sqrt(6 / (h + 1));
  for (let i = 0; i < W2; i++) w[i] = (random() * 2 - 1) * inBound;
  for (let i = W2; i < size; i++) w[i] = (random() * 2 - 1) * outBound;

  const first = new Float64Array(size);
  const second = new Float64Array(size);
  const hidden = new Float64Array(h);
  const gradient = new Float64Array(size);
  for (let step = 1; step <= steps; step++) {
    gradient.fill(0);
    for (let i = 0; i < n; i++) {
      const row = i * k;
      for (let u = 0; u < h; u++) hidden[u] = w[B1 + u] as number;
      for (let j = 0; j < k; j++) {
        const v = x[row + j] as number;
        const at = W1 + j * h;
        for (let u = 0; u < h; u++) hidden[u] = (hidden[u] as number) + v * (w[at + u] as number);
      }
      let z = w[B2] as number;
      for (let u = 0; u < h; u++) {
        if ((hidden[u] as number) < 0) hidden[u] = 0;
        z += (hidden[u] as number) * (w[W2 + u] as number);
      }
      const g = (1 / (1 + Math.exp(-z)) - (y[i] as number)) / n;
      gradient[B2] = (gradient[B2] as number) + g;
      for (let u = 0; u < h; u++) {
        gradient[W2 + u] = (gradient[W2 + u] as number) + g * (hidden[u] as number);
        // Back through the rectifier: a unit that was off passes nothing back.
        hidden[u] = (hidden[u] as number) > 0 ? g * (w[W2 + u] as number) : 0;
        gradient[B1 + u] = (gradient[B1 + u] as number) + (hidden[u] as number);
      }
      for (let j = 0; j < k; j++) {
        const v = x[row + j] as number;
        if (v === 0) continue;
        const at = W1 + j * h;
        for (let u = 0; u < h; u++)
          gradient[at + u] = (gradient[at + u] as number) + v * (hidden[u] as number);
      }
    }
    // The penalty on the weights (not the biases), then one Adam step.
    for (let i = 0; i < size; i++) {
      const weight = i < B1 || (i >= W2 && i < B2);
      const gi = (gradient[i] as number) + (weight ? (PENALTY * (w[i] as number)) / n : 0);
      first[i] = 0.9 * (first[i] as number) + 0.1 * gi;
      second[i] = 0.999 * (second[i] as number) + 0.001 * gi * gi;
      const m = (first[i] as number) / (1 - 0.9 ** step);
      const v = (second[i] as number) / (1 - 0.999 ** step);
      w[i] = (w[i] as number) - (RATE * m) / (Math.sqrt(v) + 1e-8);
    }
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    trainedOn,
    fingerprint: fingerprintOf(data),
    mean: mean.map(round),
    spread: spread.map(round),
    hidden: Array.from({ length: h }, (_, u) =>
      Array.from({ length: k }, (_, j) => round(w[W1 + j * h + u] as number)),
    ),
    hiddenBias: [...w.slice(B1, W2)].map(round),
    output: [...w.slice(W2, B2)].map(round),
    bias: round(w[B2] as number),
  };
}
