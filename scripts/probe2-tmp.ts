import { readFileSync } from 'node:fs';
import { classify } from '../src/domain/classify.js';

// [text, category, intentKind?, detail?, flags?]
const cases = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as [
  string,
  string,
  string?,
  (string | null)?,
  string[]?,
][];
let cat = 0,
  intent = 0;
for (const [text, c, kind, d, flags] of cases) {
  const r = classify({
    from: 'a@b.com',
    subject: 'Re: hello',
    replyText: text,
    headers: {},
    receivedAt: new Date('2026-11-23T10:00:00Z'),
  });
  const i = r.intent as { kind: string; topics?: string[]; followUp?: string; people?: { email: string }[] };
  const got = i.topics?.join('+') ?? i.followUp ?? i.people?.map((p) => p.email).join('+') ?? '';
  const fl = ['legal', 'brand'].filter((f) => (r.flags as Record<string, unknown>)[f]);
  const okC = r.category === c && JSON.stringify(fl) === JSON.stringify(flags ?? []);
  const okI = i.kind === (kind ?? 'none') && (d ? got === d : kind !== 'question' || got === '');
  if (okC) cat++;
  if (okI) intent++;
  if (!okC || !okI)
    console.log(
      'MISS',
      JSON.stringify(text).slice(0, 110),
      `${c}/${kind ?? 'none'}/${d ?? ''}/${flags ?? ''}`,
      '->',
      `${r.category}/${i.kind}/${got}/${fl}`,
    );
}
console.log(`category+flags ${cat}/${cases.length}, intent ${intent}/${cases.length}`);
