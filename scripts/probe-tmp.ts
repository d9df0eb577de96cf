import { readFileSync } from 'node:fs';
import { classify } from '../src/domain/classify.js';

// [text, category, intentKind?, detail?] — detail: topics joined by "+", a follow-up date, or a referred address.
const cases = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as [
  string,
  string,
  string?,
  string?,
][];
let cat = 0;
let intent = 0;
let detail = 0;
let details = 0;
for (const [text, c, kind, d] of cases) {
  const r = classify({
    from: 'a@b.com',
    subject: 'Re: hello',
    replyText: text,
    headers: {},
    receivedAt: new Date('2026-11-23T10:00:00Z'),
  });
  const i = r.intent as { kind: string; topics?: string[]; followUp?: string; people?: { email?: string }[] };
  const okCat = r.category === c;
  const okKind = i.kind === (kind ?? 'none');
  let okD = true;
  if (d) {
    details++;
    const got = i.topics?.join('+') ?? i.followUp ?? i.people?.map((p) => p.email).join('+') ?? '';
    okD = got === d;
    if (okD) detail++;
  }
  if (okCat) cat++;
  if (okKind) intent++;
  if (!okCat || !okKind || !okD)
    console.log(
      'MISS',
      JSON.stringify(text).slice(0, 140),
      `${c}/${kind ?? 'none'}/${d ?? ''}`,
      '->',
      `${r.category}/${i.kind}/${i.topics?.join('+') ?? i.followUp ?? i.people?.map((p) => p.email).join('+') ?? ''}`,
      r.flags ?? '',
    );
}
console.log(
  `category ${cat}/${cases.length}, intent ${intent}/${cases.length}, details ${detail}/${details}`,
);
