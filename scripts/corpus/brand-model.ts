/**
 * Training the brand model (src/domain/brand-model.ts): a logistic regression over word
 * vectors, on the labelled corpus's people's replies it can read (English, three known words or
 * more), a reply with the brand flag against one without. Newton's method on the L2-penalised log loss, each class weighted to
 * count as much as the other (complaints are one reply in ten): exact and deterministic, so
 * the same sources give the same weights.
 */
import { type BrandModel, brandFeatures } from '../../src/domain/brand-model.js';
import type { Example } from './model.js';

/** The penalty on the weights, chosen with BRAND_SURE on replies written after the training ones. */
export const PENALTY = 10;

export interface BrandExample extends Example {
  features: Float32Array;
}

/**
 * The replies the brand model can read (the corpus's, as examples() gives them); those it cannot
 * (in Russian, or too short) are the rules' alone.
 */
export function brandExamples(data: Example[]): BrandExample[] {
  return data.flatMap((d) => {
    const features = brandFeatures(d.text);
    return features ? [{ ...d, features }] : [];
  });
}

export function trainBrand(data: BrandExample[], trainedOn: string, penalty = PENALTY): BrandModel {
  const n = data.length;
  const k = (data[0] as BrandExample).features.length;
  const mean = Array.from(
    { length: k },
    (_, j) => data.reduce((s, d) => s + (d.features[j] as number), 0) / n,
  );
  const spread = mean.map((m, j) => {
    const v = data.reduce((s, d) => s + ((d.features[j] as number) - m) ** 2, 0) / n;
    return Math.sqrt(v) || 1;
  });
  // Standardised rows with a 1 for the bias at the end.
  const x = data.map((d) => {
    const row = new Float64Array(k + 1);
    for (let j = 0; j < k; j++)
      row[j] = ((d.features[j] as number) - (mean[j] as number)) / (spread[j] as number);
    row[k] = 1;
    return row;
  });
  const positives = data.filter((d) => d.brand).length;
  const weightOf = (d: BrandExample) => n / (2 * (d.brand ? positives : n - positives));
  let w = new Float64Array(k + 1);
  for (let step = 0; step < 25; step++) {
    const gradient = new Float64Array(k + 1);
    const hessian = Array.from({ length: k + 1 }, () => new Float64Array(k + 1));
    for (let j = 0; j < k; j++) {
      gradient[j] = penalty * (w[j] as number);
      (hessian[j] as Float64Array)[j] = penalty;
    }
    for (const [i, d] of data.entries()) {
      const row = x[i] as Float64Array;
      let z = 0;
      for (let j = 0; j <= k; j++) z += (row[j] as number) * (w[j] as number);
      const p = 1 / (1 + Math.exp(-z));
      const s = weightOf(d);
      const g = s * (p - (d.brand ? 1 : 0));
      const h = s * p * (1 - p);
      for (let a = 0; a <= k; a++) {
        const ra = row[a] as number;
        gradient[a] = (gradient[a] as number) + g * ra;
        const ha = hessian[a] as Float64Array;
        const hr = h * ra;
        for (let b = a; b <= k; b++) ha[b] = (ha[b] as number) + hr * (row[b] as number);
      }
    }
    for (let a = 0; a <= k; a++)
      for (let b = 0; b < a; b++) (hessian[a] as Float64Array)[b] = (hessian[b] as Float64Array)[a] as number;
    const delta = solve(hessian, gradient);
    w = w.map((v, j) => v - (delta[j] as number));
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    trainedOn,
    mean: mean.map(round),
    spread: spread.map(round),
    weights: [...w.slice(0, k)].map(round),
    bias: round(w[k] as number),
  };
}

/** Solves a·x = b for a symmetric positive definite a (Cholesky). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const l = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const li = l[i] as Float64Array;
    for (let j = 0; j <= i; j++) {
      const lj = l[j] as Float64Array;
      let s = (a[i] as Float64Array)[j] as number;
      for (let m = 0; m < j; m++) s -= (li[m] as number) * (lj[m] as number);
      li[j] = i === j ? Math.sqrt(s) : s / (lj[j] as number);
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i] as number;
    for (let m = 0; m < i; m++) s -= ((l[i] as Float64Array)[m] as number) * (y[m] as number);
    y[i] = s / ((l[i] as Float64Array)[i] as number);
  }
  const out = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let m = i + 1; m < n; m++) s -= ((l[m] as Float64Array)[i] as number) * (out[m] as number);
    out[i] = s / ((l[i] as Float64Array)[i] as number);
  }
  return out;
}
