/**
 * Scores the classifier on the labelled corpus: per-category precision and recall, the
 * confusion matrix, intent and detail accuracy, flags, bounces, and every miss. Used by
 * `npm run eval:classify` and by the floor test, so both read the same numbers.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Classification, classify } from '../../src/domain/classify.js';
import { type Category, categories } from '../../src/domain/classify-rules.js';
import { parseMail } from '../../src/mail/parse.js';
import type { Label } from './build.js';

export const CORPUS = 'test/fixtures/replies';
export type Split =
  | 'tune'
  | 'holdout'
  | 'fresh'
  | 'blind'
  | 'blind2'
  | 'blind3'
  | 'blind4'
  | 'blind5'
  | 'blind6'
  | 'blind7'
  | 'blind8'
  | 'blind9'
  | 'blind10'
  | 'blind11'
  | 'blind12'
  | 'blind13'
  | 'blind14'
  | 'blind15'
  | 'blind16'
  | 'blind17'
  | 'blind18'
  | 'blind19'
  | 'blind20'
  | 'blind21'
  | 'blind22'
  | 'blind23'
  | 'blind24'
  | 'blind25'
  | 'blind26'
  | 'blind27'
  | 'blind28'
  | 'blind29'
  | 'blind30'
  | 'blind31'
  | 'blind32'
  | 'blind33'
  | 'blind34'
  | 'blind35'
  | 'blind36'
  | 'blind37'
  | 'blind38'
  | 'blind39'
  | 'blind40'
  | 'blind41';

export interface Miss {
  file: string;
  what: string;
  expected: string;
  got: string;
}
export interface Score {
  split: Split;
  total: number;
  accuracy: number;
  perCategory: Record<Category, { precision: number; recall: number; support: number }>;
  confusion: Record<Category, Record<Category, number>>;
  /** Intent detail (none, question, referral, not_now, wrong_person, auto_ack) exactly right. */
  intentAccuracy: number;
  /** Of the replies labelled with them: topics, referred addresses, follow-up dates exactly right. */
  topicsAccuracy: number;
  referralAccuracy: number;
  followUpAccuracy: number;
  returnDateAccuracy: number;
  legal: { caught: number; of: number; false: number };
  brand: { caught: number; of: number; false: number };
  bounceAddressAccuracy: number;
  bouncePermanenceAccuracy: number;
  /** Bounces, auto-replies and ticket acks classified as interested. Must be 0. */
  machineAsInterested: number;
  /** The pitch's text leaking into the reply text (quoted history not cut). */
  quoteLeaks: number;
  misses: Miss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

export async function classifyFile(path: string): Promise<{ c: Classification; replyText: string }> {
  const mail = await parseMail(await readFile(path), `file:${path}`);
  const c = classify({
    ...mail,
    from: mail.from.address,
    receivedAt: mail.date ?? new Date('2026-11-23T12:00:00Z'),
  });
  return { c, replyText: mail.replyText };
}

export async function evaluate(split: Split): Promise<Score> {
  const dir = join(CORPUS, split);
  const labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  const files = (await readdir(dir)).filter((f) => f.endsWith('.eml')).sort();
  const confusion = Object.fromEntries(
    categories.map((a) => [a, Object.fromEntries(categories.map((b) => [b, 0]))]),
  ) as Score['confusion'];
  const misses: Miss[] = [];
  const count = {
    right: 0,
    intent: 0,
    intentOf: 0,
    topics: 0,
    topicsOf: 0,
    ref: 0,
    refOf: 0,
    fu: 0,
    fuOf: 0,
    rd: 0,
    rdOf: 0,
    addr: 0,
    perm: 0,
    bounces: 0,
    machine: 0,
    leaks: 0,
  };
  const legal = { caught: 0, of: 0, false: 0 };
  const brand = { caught: 0, of: 0, false: 0 };
  const miss = (file: string, what: string, expected: unknown, got: unknown) =>
    misses.push({ file, what, expected: JSON.stringify(expected), got: JSON.stringify(got) });

  for (const file of files) {
    const label = labels[file];
    if (!label) throw new Error(`${split}/${file} has no label in labels.json`);
    const { c, replyText } = await classifyFile(join(dir, file));
    const expected = label.category as Category;
    confusion[expected][c.category]++;
    if (c.category === expected) count.right++;
    else miss(file, 'category', expected, `${c.category} ${c.signals.join(',')}`);
    if (c.category === 'interested' && ['bounce', 'out_of_office'].includes(expected)) count.machine++;
    if (/ClaimDesk/.test(replyText)) {
      count.leaks++;
      miss(file, 'quote leak', 'reply text without the pitch', replyText.slice(0, 160));
    }
    if (expected !== 'bounce') {
      count.intentOf++;
      if (c.intent.kind === label.intent) count.intent++;
      else miss(file, 'intent', label.intent, c.intent.kind);
    }
    if (label.topics && label.intent === 'question') {
      count.topicsOf++;
      const got = c.intent.kind === 'question' ? c.intent.topics : [];
      if (sameSet(got, label.topics)) count.topics++;
      else miss(file, 'topics', label.topics, got);
    }
    if (label.referrals) {
      count.refOf++;
      const got = c.intent.kind === 'referral' ? c.intent.people.map((p) => p.email) : [];
      if (sameSet(got, label.referrals)) count.ref++;
      else miss(file, 'referrals', label.referrals, got);
    }
    if (label.followUp) {
      count.fuOf++;
      const got = c.intent.kind === 'not_now' ? c.intent.followUp : undefined;
      if (got === label.followUp) count.fu++;
      else miss(file, 'follow-up date', label.followUp, got);
    }
    if (label.returnDate) {
      count.rdOf++;
      if (c.returnDate === label.returnDate) count.rd++;
      else miss(file, 'return date', label.returnDate, c.returnDate);
    }
    for (const [flag, tally] of [
      ['legal', legal],
      ['brand', brand],
    ] as const) {
      const want = label.flags?.includes(flag) ?? false;
      const got = c.flags[flag] === true;
      if (want) tally.of++;
      if (want && got) tally.caught++;
      if (want !== got) miss(file, `flag ${flag}`, want, got);
      if (!want && got) tally.false++;
    }
    if (expected === 'bounce') {
      count.bounces++;
      if (c.bounce?.address === label.bounced) count.addr++;
      else miss(file, 'bounced address', label.bounced, c.bounce?.address);
      if (c.bounce?.permanent === label.permanent) count.perm++;
      else miss(file, 'bounce permanence', label.permanent ? 'permanent' : 'temporary', c.bounce?.permanent);
    }
  }
  const perCategory = Object.fromEntries(
    categories.map((cat) => {
      const tp = confusion[cat][cat];
      const predicted = categories.reduce((s, e) => s + confusion[e][cat], 0);
      const support = categories.reduce((s, g) => s + confusion[cat][g], 0);
      return [cat, { precision: ratio(tp, predicted), recall: ratio(tp, support), support }];
    }),
  ) as Score['perCategory'];
  return {
    split,
    total: files.length,
    accuracy: ratio(count.right, files.length),
    perCategory,
    confusion,
    intentAccuracy: ratio(count.intent, count.intentOf),
    topicsAccuracy: ratio(count.topics, count.topicsOf),
    referralAccuracy: ratio(count.ref, count.refOf),
    followUpAccuracy: ratio(count.fu, count.fuOf),
    returnDateAccuracy: ratio(count.rd, count.rdOf),
    legal,
    brand,
    bounceAddressAccuracy: ratio(count.addr, count.bounces),
    bouncePermanenceAccuracy: ratio(count.perm, count.bounces),
    machineAsInterested: count.machine,
    quoteLeaks: count.leaks,
    misses,
  };
}
