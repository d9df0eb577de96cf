import { readFileSync } from 'node:fs';
import { classify } from '../src/domain/classify.js';

const file = process.argv[2] ?? '/tmp/others/cases.json';
const cases = JSON.parse(readFileSync(file, 'utf8')) as [string, string, string?, string?, string?][];
let cat = 0;
for (const [text, c, , , subject] of cases) {
  const r = classify({
    from: 'a@b.com',
    subject: subject ?? 'Re: hello',
    replyText: text,
    headers: {},
    receivedAt: new Date('2026-11-23T10:00:00Z'),
  });
  if (r.category === c) cat++;
  else console.log('MISS', JSON.stringify(text), c, '->', r.category);
}
console.log(`${file} category ${cat}/${cases.length}`);
