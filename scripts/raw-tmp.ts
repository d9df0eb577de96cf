import { readFileSync } from 'node:fs';
import { classify } from '../src/domain/classify.js';
import { parseMail } from '../src/mail/parse.js';

// [whole body with its own quote header and quote, category, html?] — the pitch below says "unsubscribe", "demo" and "pricing".
const cases = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as [string, string, boolean?][];
const pitch = 'Hi Tom, teams use ClaimDesk so two reps never email the same account. Can I show you a 15-minute demo and send pricing?\nIf not relevant, reply "unsubscribe".\n\nAva Chen';
let ok = 0;
for (const [i, [body0, c, html]] of cases.entries()) {
  const body = body0.replace('{PITCH}', pitch).replace('{PITCHHTML}', pitch.replace(/\n/g, '<br>'));
  const ct = html ? 'text/html' : 'text/plain';
  const raw = `From: Tom Baker <tom@brightline.io>\r\nTo: Ava Chen <ava@ourco.io>\r\nSubject: Re: Quick question\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <raw${i}@brightline.io>\r\nMIME-Version: 1.0\r\nContent-Type: ${ct}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, '\r\n')}`;
  const mail = await parseMail(Buffer.from(raw), 'probe');
  const r = classify({ ...mail, from: mail.from.address, receivedAt: mail.date ?? new Date() });
  const leak = /unsubscribe|15-minute/.test(mail.replyText);
  if (r.category === c && !leak) ok++;
  else console.log('MISS', i, c, '->', r.category, leak ? 'LEAK' : '', JSON.stringify(mail.replyText).slice(0, 120));
}
console.log(`${ok}/${cases.length}`);
