/**
 * Delivery-failure sets scored as they are, each a folder of messages with a labels.json:
 * test/fixtures/bounces-real (real failures from many mail servers, not written by us: the test
 * messages of flufl.bounce, Mailman's bounce detector, Apache-2.0, labelled as that project
 * labels them) and test/fixtures/bounces-written (failures in formats that set lacks, written by
 * us from those servers' documented and observed shapes). Neither is tuned on before its first
 * measurement.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classifyFile, type Miss } from './evaluate.js';

export const REAL_BOUNCES = 'test/fixtures/bounces-real';
export const WRITTEN_BOUNCES = 'test/fixtures/bounces-written';

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

export async function evaluateRealBounces(dir = REAL_BOUNCES): Promise<RealBounceScore> {
  const labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as Record<string, RealLabel>;
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
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
    if (!label) throw new Error(`${file}: no label in ${dir}/labels.json`);
    const { c } = await classifyFile(join(dir, file));
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
