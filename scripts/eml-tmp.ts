import { readFileSync } from 'node:fs';
import { classify } from '../src/domain/classify.js';
import { parseMail } from '../src/mail/parse.js';

// [body (may hold its own quote lines), category, intentKind?, detail?, flags?] — each wrapped as a Gmail reply under our pitch.
const cases = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as [string, string, string?, (string | null)?, string[]?, string?][];
const pitch = '> Hi Tom, teams use ClaimDesk so two reps never email the same account. Can I show you a 15-minute demo and send pricing?\n> If not relevant, reply "unsubscribe".\n>\n> Ava Chen\n> ClaimDesk | ourco.io';
let cat = 0, intent = 0;
for (const [body, c, kind, d, flags, cc] of cases) {
  const inline = body.includes('\n> ');
  const text = inline ? body : `${body}\n\nOn Mon, Nov 23, 2026 at 9:02 AM Ava Chen <ava@ourco.io> wrote:\n${pitch}\n`;
  const raw = `From: Tom Baker <tom@brightline.io>\r\nTo: Ava Chen <ava@ourco.io>\r\nSubject: Re: Quick question\r\n${cc ? `Cc: ${cc}\r\n` : ''}Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <x${cat}${intent}@brightline.io>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text.replace(/\n/g, '\r\n')}`;
  const mail = await parseMail(Buffer.from(raw), 'probe');
  const r = classify({ ...mail, from: mail.from.address, fromName: mail.from.name, receivedAt: mail.date ?? new Date() });
  const i = r.intent as { kind: string; topics?: string[]; followUp?: string; people?: { email: string }[] };
  const got = i.topics?.join('+') ?? i.followUp ?? i.people?.map((p) => p.email).join('+') ?? '';
  const fl = ['legal', 'brand'].filter((f) => (r.flags as Record<string, unknown>)[f]);
  const okC = r.category === c && JSON.stringify(fl) === JSON.stringify(flags ?? []);
  const okI = i.kind === (kind ?? 'none') && (!d || got === d);
  if (okC) cat++;
  if (okI) intent++;
  if (!okC || !okI)
    console.log('MISS', JSON.stringify(body).slice(0, 110), `${c}/${kind ?? 'none'}/${d ?? ''}/${flags ?? ''}`, '->', `${r.category}/${i.kind}/${got}/${fl}`, '|', JSON.stringify(mail.replyText).slice(0, 80));
}
console.log(`category+flags ${cat}/${cases.length}, intent ${intent}/${cases.length}`);
