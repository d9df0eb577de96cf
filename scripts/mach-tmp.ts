import { readFileSync } from 'node:fs';
import { classify } from '../src/domain/classify.js';

// [subject, body, from, headers(json), acceptable categories]
const cases = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as [string, string, string, Record<string, string>, string[]][];
let ok = 0;
for (const [subject, text, from, headers, cats] of cases) {
  const r = classify({ from, subject, replyText: text, headers, receivedAt: new Date('2026-11-23T10:00:00Z') });
  if (cats.includes(r.category)) ok++;
  else console.log('MISS', subject, '|', JSON.stringify(text).slice(0, 80), cats, '->', r.category, r.signals.join(','));
}
console.log(`${ok}/${cases.length}`);
