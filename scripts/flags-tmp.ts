import { readFileSync } from 'node:fs';
import { classify } from '../src/domain/classify.js';

// [text, category, legal?, brand?]
const cases = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as [
  string,
  string,
  boolean,
  boolean,
][];
let ok = 0;
for (const [text, c, legal, brand] of cases) {
  const r = classify({
    from: 'a@b.com',
    subject: 'Re: hello',
    replyText: text,
    headers: {},
    receivedAt: new Date('2026-11-23T10:00:00Z'),
  });
  const good = r.category === c && !!r.flags.legal === legal && !!r.flags.brand === brand;
  if (good) ok++;
  else
    console.log(
      'MISS',
      JSON.stringify(text).slice(0, 120),
      `${c} legal=${legal} brand=${brand}`,
      '->',
      r.category,
      `legal=${!!r.flags.legal} brand=${!!r.flags.brand}`,
    );
}
console.log(`${ok}/${cases.length}`);
