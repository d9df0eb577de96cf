import { readFileSync } from 'node:fs';
import { classify } from '../src/domain/classify.js';

const file = process.argv[2] as string;
const cases = JSON.parse(readFileSync(file, 'utf8')) as [string, string][];
for (const [text, c] of cases) {
  const r = classify({
    from: 'a@b.com',
    subject: 'Re: hello',
    replyText: text,
    headers: {},
    receivedAt: new Date('2026-11-23T10:00:00Z'),
  });
  console.log(
    JSON.stringify(text).slice(0, 90),
    '|',
    c,
    '|',
    r.category,
    JSON.stringify(r.intent),
    JSON.stringify(r.flags),
  );
}
