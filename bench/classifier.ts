/**
 * npm run bench (classifier part): the classifier alone on the labelled corpus (540 mails,
 * parsed once beforehand), 20 passes. The floor, measured in the same run on the same parsed
 * mails, is one case-insensitive regex test per mail: the cheapest possible rule.
 * No database. Prints JSON.
 */
import { readdir, readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { classify } from '../src/domain/classify.js';
import { type ParsedReply, parseMail } from '../src/mail/parse.js';

const PASSES = 20;
const mails: ParsedReply[] = [];
for (const split of ['tune', 'holdout']) {
  const dir = `test/fixtures/replies/${split}`;
  for (const f of (await readdir(dir)).filter((x) => x.endsWith('.eml')))
    mails.push(await parseMail(await readFile(`${dir}/${f}`), f));
}
const at = new Date('2026-11-23T12:00:00Z');

function perSecond(fn: (m: ParsedReply) => unknown): number {
  for (const m of mails) fn(m); // warm up
  const start = performance.now();
  for (let i = 0; i < PASSES; i++) for (const m of mails) fn(m);
  return Math.round((PASSES * mails.length) / ((performance.now() - start) / 1000));
}

const oneRegex = /unsubscribe/i;
const floor = perSecond((m) => oneRegex.test(m.replyText));
const classifier = perSecond((m) =>
  classify({ ...m, from: m.from.address, fromName: m.from.name, receivedAt: at }),
);
console.log(
  JSON.stringify({
    mails: mails.length,
    passes: PASSES,
    classifierPerSecond: classifier,
    oneRegexPerSecond: floor,
  }),
);
