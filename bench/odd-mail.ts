/**
 * npm run bench (odd mail part): mails no person writes but anyone can send — one word of
 * 200,000 letters, a line of digits, 20,000 blank lines, thousands of unclosed tags — read as the
 * inbox reads them (parse → classify). A pattern that crosses the text once per character turns
 * such a mail into seconds or minutes during which the app does nothing else. The floor is
 * mailparser alone on the same mail, in the same run; the measure is the slowest shape.
 * No database. Prints JSON.
 */
import { performance } from 'node:perf_hooks';
import { simpleParser } from 'mailparser';
import { classify } from '../src/domain/classify.js';
import { parseMail } from '../src/mail/parse.js';

const SIZE = 200_000;
const words = ['please', 'send', 'pricing', 'for', 'our', 'team', 'next', 'quarter'];
const bodies: Record<string, string> = {
  'one long word': 'a'.repeat(SIZE),
  digits: '1'.repeat(SIZE),
  'an address': `${'a'.repeat(SIZE / 2)}@${'b'.repeat(SIZE / 2)}.com`,
  commas: 'no,'.repeat(SIZE / 3),
  'words on one line': Array.from({ length: SIZE / 6 }, (_, i) => words[i % words.length]).join(' '),
  'short lines': 'We might talk next quarter.\n'.repeat(SIZE / 28),
  'quoted lines': '> We might talk next quarter.\n'.repeat(SIZE / 30),
  'blank lines': '\n'.repeat(SIZE / 10),
  dashes: '-'.repeat(SIZE),
  Cyrillic: 'нет '.repeat(SIZE / 4),
  'CJK question marks': '？'.repeat(SIZE),
  'CJK questions': '料金？'.repeat(SIZE / 3),
  attributions: 'On Mon, Nov 23, 2026 at 10:00 AM Sam <sam@x.io> wrote: '.repeat(SIZE / 56),
};

const mail = (body: string, html: boolean) =>
  Buffer.from(
    [
      'From: Dana <dana@acme.com>',
      'To: inbox@ourco.io',
      'Subject: Re: hello',
      'Message-ID: <odd@acme.com>',
      `Content-Type: text/${html ? 'html' : 'plain'}; charset=utf-8`,
      'Content-Transfer-Encoding: 8bit',
      '',
      html ? `<html><body><p>${body.replace(/\n/g, '<br>')}</p></body></html>` : body,
    ].join('\r\n'),
  );

/** The median of three timed runs after one untimed (which compiles the patterns). */
async function ms(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1] as number;
}

const at = new Date('2026-11-23T12:00:00Z');
const rows: { shape: string; ms: number; mailparserMs: number }[] = [];
for (const [shape, body] of Object.entries(bodies))
  for (const html of [false, true]) {
    const raw = mail(body, html);
    rows.push({
      shape: `${shape}${html ? ' (HTML)' : ''}`,
      ms: await ms(async () => {
        const m = await parseMail(raw, 'odd');
        classify({ ...m, from: m.from.address, fromName: m.from.name, receivedAt: at });
      }),
      mailparserMs: await ms(() => simpleParser(raw)),
    });
  }
const slowest = rows.sort((a, b) => b.ms - a.ms)[0];
console.log(JSON.stringify({ bytes: SIZE, shapes: rows.length, slowest, all: rows }));
