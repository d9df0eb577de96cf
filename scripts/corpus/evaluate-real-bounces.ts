/**
 * Real delivery failures from many mail servers, not written by us: the test messages of
 * flufl.bounce (Mailman's bounce detector, Apache-2.0), in test/fixtures/bounces-real with
 * their addresses as that project labels them. Never tuned on before its first measurement.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classifyFile, type Miss } from './evaluate.js';

const DIR = 'test/fixtures/bounces-real';

interface RealLabel {
  bounce: boolean;
  /** Any of these is right (flufl.bounce's detectors name one or several); empty: none is known. */
  addresses: string[];
  temporary: boolean;
}
export interface RealBounceScore {
  files: number;
  bounces: number;
  caught: number;
  /** Mail in the set that is not a delivery failure, and how many of those were called one. */
  others: number;
  falseBounces: number;
  addressOf: number;
  addressRight: number;
  permanenceRight: number;
  misses: Miss[];
}

export async function evaluateRealBounces(): Promise<RealBounceScore> {
  const labels = JSON.parse(await readFile(join(DIR, 'labels.json'), 'utf8')) as Record<string, RealLabel>;
  const files = (await readdir(DIR)).filter((f) => f.endsWith('.txt')).sort();
  const s: RealBounceScore = {
    files: files.length,
    bounces: 0,
    caught: 0,
    others: 0,
    falseBounces: 0,
    addressOf: 0,
    addressRight: 0,
    permanenceRight: 0,
    misses: [],
  };
  for (const file of files) {
    const label = labels[file];
    if (!label) throw new Error(`${file}: no label in ${DIR}/labels.json`);
    const { c } = await classifyFile(join(DIR, file));
    const isBounce = c.category === 'bounce';
    if (!label.bounce) {
      s.others++;
      if (isBounce) s.falseBounces++;
      if (isBounce) s.misses.push({ file, what: 'category', expected: 'not a bounce', got: 'bounce' });
      continue;
    }
    s.bounces++;
    if (!isBounce) {
      s.misses.push({
        file,
        what: 'category',
        expected: 'bounce',
        got: `${c.category} ${c.signals.join(',')}`,
      });
      continue;
    }
    s.caught++;
    const got = c.bounce?.address;
    if (label.addresses.length) {
      s.addressOf++;
      if (got && label.addresses.includes(got)) s.addressRight++;
      else s.misses.push({ file, what: 'address', expected: label.addresses.join(' or '), got: String(got) });
    }
    if (c.bounce?.permanent === !label.temporary) s.permanenceRight++;
    else
      s.misses.push({
        file,
        what: 'permanent',
        expected: String(!label.temporary),
        got: String(c.bounce?.permanent),
      });
  }
  return s;
}
