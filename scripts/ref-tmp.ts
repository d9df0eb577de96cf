import { readFileSync } from 'node:fs';
import { classify } from '../src/domain/classify.js';

// [text, "name <email>; name2 <email2>"] — the people a referral should name.
const cases = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as [string, string][];
let ok = 0;
for (const [text, want] of cases) {
  const r = classify({
    from: 'me@acme.com',
    to: ['ava@ourco.io'],
    subject: 'Re: hello',
    replyText: text,
    headers: {},
    receivedAt: new Date('2026-11-23T10:00:00Z'),
  });
  const i = r.intent as { kind: string; people?: { email: string; name?: string }[] };
  const got =
    i.kind === 'referral'
      ? (i.people ?? []).map((p) => `${p.name ?? ''} <${p.email}>`).join('; ')
      : `(${i.kind})`;
  if (got === want) ok++;
  else console.log('MISS', JSON.stringify(text).slice(0, 110), '\n   want', want, '\n   got ', got);
}
console.log(`${ok}/${cases.length}`);
