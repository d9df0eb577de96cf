/**
 * npm run corpus: writes test/fixtures/replies/{tune,holdout,fresh,blind,blind2…blind41}/*.eml and labels.json from the
 * sources in test/fixtures/replies/source and the server formats in ./bounces.ts. Seeded, so
 * the same sources always give the same files.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Bounce, type Format, TUNE_FORMATS } from './bounces.js';
import { BLIND_FORMATS } from './bounces-blind.js';
import { BLIND9_FORMATS } from './bounces-blind9.js';
import { HOLDOUT_FORMATS } from './bounces-holdout.js';
import { CLIENTS, CLIENTS_EN, CLIENTS_RU, type Letter, type Person } from './clients.js';
import type { Split } from './evaluate.js';
import { encodeWord } from './mime.js';

const ROOT = 'test/fixtures/replies';

export interface Label {
  category: string;
  intent: string;
  topics?: string[];
  flags?: string[];
  referrals?: string[];
  followUp?: string;
  returnDate?: string;
  bounced?: string;
  permanent?: boolean;
  /** How the file was written: client or server format. */
  writer: string;
}
interface Source {
  text: string;
  category: string;
  intent?: string;
  topics?: string[];
  flags?: string[];
  referrals?: string[];
  followUp?: string;
  returnDate?: string;
  headers?: boolean;
  subject?: string;
  /** "Name <address>": who sent it, when the reply copies in colleagues of theirs (`cc`). */
  from?: string;
  cc?: string[];
}

const person = (s: string): Person => {
  const [, name = '', email = ''] = /^(.*?)\s*<([^>]+)>$/.exec(s) ?? [];
  return { name, email };
};

/** mulberry32: small, seeded, good enough to pick wrappers and names. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;

const REPS: Person[] = [
  { name: 'Sam Ortiz', email: 'sam@ourco.io' },
  { name: 'John Reed', email: 'john@ourco.io' },
  { name: 'Ava Chen', email: 'ava@ourco.io' },
];
const PROSPECTS_EN: Person[] = [
  { name: 'Jane Doe', email: 'jane@acme.com' },
  { name: 'Michael Brown', email: 'mbrown@initech.com' },
  { name: 'Dana Scully', email: 'dana.scully@northwind.com' },
  { name: 'Raj Patel', email: 'raj@hooli.com' },
  { name: 'Emily Clarke', email: 'emily.clarke@umbrella.io' },
  { name: 'Tom Becker', email: 'tbecker@contoso.de' },
];
const PROSPECTS_RU: Person[] = [
  { name: 'Иван Петров', email: 'ivan@globex.ru' },
  { name: 'Анна Соколова', email: 'a.sokolova@romashka.ru' },
  { name: 'Дмитрий Волков', email: 'volkov@tehnoprom.ru' },
  { name: 'Елена Кузнецова', email: 'kuznetsova.e@yandex.ru' },
];
const SIGNATURES_EN = [
  '',
  'Best,\nJane',
  'Thanks,\nMichael Brown\nVP Sales | Initech\nM: +1 (415) 555-0199',
  'Cheers\nRaj',
  'Regards,\nEmily Clarke | Head of Revenue Operations\nUmbrella Inc. | umbrella.io\nThis email and any attachments are confidential.',
  '--\nDana',
];
const SIGNATURES_RU = [
  '',
  'С уважением,\nИван Петров\nтел. +7 495 123-45-67',
  'Спасибо!\nАнна',
  '--\nДмитрий Волков\nКоммерческий директор ООО «Технопром»',
];

const PITCHES_EN = [
  {
    subject: 'Quick question about your outbound',
    text: "Hi {first},\n\nTeams like yours use ClaimDesk to stop two reps emailing the same account. Would a 20-minute demo next week make sense? Happy to share pricing too.\n\nAre you interested?\n\nBest,\n{rep}\n\nIf you'd rather not hear from me, reply unsubscribe.",
  },
  {
    subject: 'Cutting duplicate outreach at {company}',
    text: 'Hi {first},\n\nLast quarter Northwind cut duplicate sends by 80%. I can walk you through it on a demo, or send pricing and a security overview (SOC 2 Type II).\n\nNot interested? Just let me know and I will stop.\n\n{rep}',
  },
  {
    subject: 'Following up',
    text: "Hi {first}, bumping this up in case it got buried. Let's talk? Free for a call this week?\n\n{rep}\nClaimDesk | ourco.io",
  },
];
const PITCHES_RU = [
  {
    subject: 'Сокращаем дубли в исходящих продажах',
    text: 'Добрый день, {first}!\n\nКоманды продаж используют ClaimDesk, чтобы два менеджера не писали одному клиенту. Интересно? Могу показать демо и прислать цены.\n\nЕсли не актуально, просто ответьте «отпишите».\n\n{rep}',
  },
];

function letterFor(r: () => number, i: number, src: Source, split: string, client: string): Letter {
  const ru = /[а-яё]/i.test(src.text);
  // Picked even when the source names its sender, so the other files' choices stay the same.
  const picked = pick(r, ru ? PROSPECTS_RU : PROSPECTS_EN);
  const from = src.from ? person(src.from) : picked;
  const rep = pick(r, REPS);
  const p = pick(r, ru ? PITCHES_RU : PITCHES_EN);
  const fill = (s: string) =>
    s
      .replace(/\{first\}/g, from.name.split(' ')[0] as string)
      .replace(/\{rep\}/g, rep.name)
      .replace(/\{company\}/g, from.email.split('@')[1]?.split('.')[0] ?? '');
  const pitch = { subject: fill(p.subject), text: fill(p.text) };
  const date = new Date(Date.UTC(2026, 10, 23, 9 + Math.floor(r() * 8), Math.floor(r() * 60)));
  const isMachine = src.category === 'out_of_office';
  const autoHeaders =
    isMachine && src.headers
      ? [
          'Auto-Submitted: auto-replied',
          pick(r, ['X-Autoreply: yes', 'X-Auto-Response-Suppress: All', 'Precedence: auto_reply']),
        ]
      : [];
  const subject = src.subject
    ? src.subject.replace('{subject}', pitch.subject)
    : isMachine
      ? `${ru ? 'Автоответ' : 'Automatic reply'}: ${pitch.subject}`
      : undefined;
  return {
    reply: src.text,
    lang: ru ? 'ru' : 'en',
    from,
    to: rep,
    pitch,
    date,
    messageId: `${split}-${i}-${client}@${from.email.split('@')[1]}`,
    inReplyTo: `out-${split}-${i}@ourco.io`,
    signature: isMachine ? '' : pick(r, ru ? SIGNATURES_RU : SIGNATURES_EN),
    subject,
    extraHeaders: src.cc
      ? [
          ...autoHeaders,
          `Cc: ${src.cc
            .map(person)
            .map((p) => `${encodeWord(p.name)} <${p.email}>`)
            .join(', ')}`,
        ]
      : autoHeaders,
  };
}

async function build(split: Split, seed: number, formats: Record<string, Format>) {
  const r = rng(seed);
  const dir = join(ROOT, split);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const labels: Record<string, Label> = {};
  const sources = [
    ...(parse(await readFile(join(ROOT, 'source', `human-${split}.yaml`), 'utf8')) as Source[]),
    ...(parse(await readFile(join(ROOT, 'source', `machine-${split}.yaml`), 'utf8')) as Source[]),
  ];
  let n = 0;
  for (const [i, src] of sources.entries()) {
    const ru = /[а-яё]/i.test(src.text);
    const pool = ru ? CLIENTS_RU : CLIENTS_EN;
    // Every reply in two clients' hands, so reading the text is tested as much as the words.
    const first = pool[i % pool.length] as string;
    const second = pick(
      r,
      pool.filter((c) => c !== first),
    );
    for (const client of [first, second]) {
      const file = `${String(++n).padStart(3, '0')}-${src.category}-${client}.eml`;
      await writeFile(join(dir, file), CLIENTS[client]?.(letterFor(r, i, src, split, client)) ?? '');
      labels[file] = {
        category: src.category,
        intent: src.intent ?? 'none',
        ...(src.topics ? { topics: src.topics } : {}),
        ...(src.flags ? { flags: src.flags } : {}),
        ...(src.referrals ? { referrals: src.referrals } : {}),
        ...(src.followUp ? { followUp: src.followUp } : {}),
        ...(src.returnDate ? { returnDate: src.returnDate } : {}),
        writer: client,
      };
    }
  }
  const rcpts = [...PROSPECTS_EN, ...PROSPECTS_RU]
    .map((p) => p.email)
    .concat(['old.cto@acme.com', 'info@tehnoprom.ru', 'k.tanaka@docomo.ne.jp', 'yuki@ezweb.ne.jp']);
  for (const [name, format] of Object.entries(formats)) {
    const variants = format.delays ? 6 : 5;
    for (let v = 0; v < variants; v++) {
      const permanent = !(format.delays && v >= 4);
      const from = v === 1 ? 'none' : v === 2 && name !== 'courier' ? 'empty' : 'normal';
      const rep = pick(r, REPS);
      const p = pick(r, PITCHES_EN);
      const b: Bounce = {
        rcpt: pick(r, rcpts),
        sender: rep,
        subject: p.subject.replace('{company}', 'Acme'),
        pitch: p.text.replace('{first}', 'there').replace('{rep}', rep.name).replace(/\n/g, '\r\n'),
        date: new Date(Date.UTC(2026, 10, 23, 8 + v, 17 * v)),
        id: `bounce-${split}-${name}-${v}@mail.ourco.io`,
        permanent,
        from,
      };
      const file = `${String(++n).padStart(3, '0')}-bounce-${name}.eml`;
      await writeFile(join(dir, file), format.write(b));
      labels[file] = { category: 'bounce', intent: 'none', bounced: b.rcpt, permanent, writer: name };
    }
  }
  await writeFile(join(dir, 'labels.json'), `${JSON.stringify(labels, null, 1)}\n`);
  return n;
}

const tune = await build('tune', 14, TUNE_FORMATS);
const holdout = await build('holdout', 1414, HOLDOUT_FORMATS);
// The fresh part's people are new text; its bounces reuse the held-out servers (other recipients).
const fresh = await build('fresh', 2026, HOLDOUT_FORMATS);
// The blind parts, each written after the previous round of rule changes, with its seed. Most
// have no bounces (their score is about what people and auto-responders write); the eighth and
// ninth have bounces again, from servers and languages no other part has.
const BLIND: [Split, number, Record<string, Format>][] = [
  ['blind', 77, {}],
  ['blind2', 78, {}],
  ['blind3', 79, {}],
  ['blind4', 80, {}],
  ['blind5', 90, {}],
  ['blind6', 91, {}],
  ['blind7', 92, {}],
  ['blind8', 93, BLIND_FORMATS],
  ['blind9', 94, BLIND9_FORMATS],
  ['blind10', 95, {}],
  ['blind11', 96, {}],
  ['blind12', 97, {}],
  ['blind13', 98, {}],
  ['blind14', 99, {}],
  ['blind15', 100, {}],
  ['blind16', 101, {}],
  ['blind17', 102, {}],
  ['blind18', 103, {}],
  ['blind19', 104, {}],
  ['blind20', 105, {}],
  ['blind21', 106, {}],
  ['blind22', 107, {}],
  ['blind23', 108, {}],
  ['blind24', 109, {}],
  ['blind25', 110, {}],
  ['blind26', 111, {}],
  ['blind27', 112, {}],
  ['blind28', 113, {}],
  ['blind29', 114, {}],
  ['blind30', 115, {}],
  ['blind31', 116, {}],
  ['blind32', 117, {}],
  ['blind33', 118, {}],
  ['blind34', 119, {}],
  ['blind35', 120, {}],
  ['blind36', 121, {}],
  ['blind37', 122, {}],
  ['blind38', 123, {}],
  ['blind39', 124, {}],
  ['blind40', 125, {}],
  ['blind41', 126, {}],
];
let blind = 0;
for (const [split, seed, formats] of BLIND) blind += await build(split, seed, formats);
console.log(`corpus: ${tune} tuning, ${holdout} held-out, ${fresh} fresh, ${blind} blind replies in ${ROOT}`);
