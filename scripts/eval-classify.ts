/**
 * npm run eval:classify [-- --misses] : the classifier's scores on the labelled corpus
 * (test/fixtures/replies), tuning part and held-out part side by side.
 */
import { categories } from '../src/domain/classify-rules.js';
import { evaluate, type Score } from './corpus/evaluate.js';
import { evaluateRealBounces, REAL_BOUNCES, WRITTEN_BOUNCES } from './corpus/evaluate-real-bounces.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const showMisses = process.argv.includes('--misses');
const scores: Score[] = [
  await evaluate('tune'),
  await evaluate('holdout'),
  await evaluate('fresh'),
  await evaluate('blind'),
  await evaluate('blind2'),
  await evaluate('blind3'),
  await evaluate('blind4'),
  await evaluate('blind5'),
  await evaluate('blind6'),
  await evaluate('blind7'),
  await evaluate('blind8'),
  await evaluate('blind9'),
  await evaluate('blind10'),
  await evaluate('blind11'),
  await evaluate('blind12'),
  await evaluate('blind13'),
  await evaluate('blind14'),
  await evaluate('blind15'),
  await evaluate('blind16'),
  await evaluate('blind17'),
  await evaluate('blind18'),
  await evaluate('blind19'),
  await evaluate('blind20'),
  await evaluate('blind21'),
  await evaluate('blind22'),
  await evaluate('blind23'),
  await evaluate('blind24'),
  await evaluate('blind25'),
  await evaluate('blind26'),
  await evaluate('blind27'),
  await evaluate('blind28'),
  await evaluate('blind29'),
  await evaluate('blind30'),
  await evaluate('blind31'),
  await evaluate('blind32'),
  await evaluate('blind33'),
  await evaluate('blind34'),
  await evaluate('blind35'),
  await evaluate('blind36'),
  await evaluate('blind37'),
  await evaluate('blind38'),
  await evaluate('blind39'),
  await evaluate('blind40'),
  await evaluate('blind41'),
];

const rows: [string, (s: Score) => string][] = [
  ['replies', (s) => String(s.total)],
  ['category accuracy', (s) => pct(s.accuracy)],
  ...categories.map(
    (c) =>
      [
        `  ${c} (precision / recall, n)`,
        (s: Score) =>
          `${pct(s.perCategory[c].precision)} / ${pct(s.perCategory[c].recall)}, ${s.perCategory[c].support}`,
      ] as [string, (s: Score) => string],
  ),
  ['intent accuracy', (s) => pct(s.intentAccuracy)],
  ['  question topics', (s) => pct(s.topicsAccuracy)],
  ['  referred addresses', (s) => pct(s.referralAccuracy)],
  ['  follow-up dates', (s) => pct(s.followUpAccuracy)],
  ['out-of-office return dates', (s) => pct(s.returnDateAccuracy)],
  ['legal caught (false alarms)', (s) => `${s.legal.caught}/${s.legal.of} (${s.legal.false})`],
  ['brand caught (false alarms)', (s) => `${s.brand.caught}/${s.brand.of} (${s.brand.false})`],
  ['bounced address right', (s) => pct(s.bounceAddressAccuracy)],
  ['bounce permanent/temporary right', (s) => pct(s.bouncePermanenceAccuracy)],
  ['machine mail as interested', (s) => String(s.machineAsInterested)],
  ['quoted pitch leaking into the reply text', (s) => String(s.quoteLeaks)],
];
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${''.padEnd(width)}  ${scores.map((s) => s.split.padEnd(22)).join('')}`);
for (const [name, value] of rows)
  console.log(`${name.padEnd(width)}  ${scores.map((s) => value(s).padEnd(22)).join('')}`);

for (const s of scores) {
  console.log(`\nconfusion (${s.split}; rows: labelled, columns: classified)`);
  console.log(`${''.padEnd(16)}${categories.map((c) => c.slice(0, 9).padStart(10)).join('')}`);
  for (const c of categories)
    console.log(`${c.padEnd(16)}${categories.map((g) => String(s.confusion[c][g]).padStart(10)).join('')}`);
  console.log(`misses: ${s.misses.length}${showMisses ? '' : ' (--misses lists them)'}`);
  if (showMisses)
    for (const m of s.misses) console.log(`  ${m.file}  ${m.what}: expected ${m.expected}, got ${m.got}`);
}

// Delivery failures scored as sets: real ones (flufl.bounce's test messages, not written by us)
// and ones we wrote in formats that set lacks.
for (const [dir, what] of [
  [REAL_BOUNCES, 'real delivery failures'],
  [WRITTEN_BOUNCES, 'written delivery failures'],
] as const) {
  const set = await evaluateRealBounces(dir);
  console.log(`\n${what} (${dir}, ${set.files} messages from many servers)`);
  console.log(`  bounce recall          ${set.caught}/${set.bounces} (${pct(set.caught / set.bounces)})`);
  console.log(`  not bounces, called one ${set.falseBounces}/${set.others}`);
  console.log(
    `  bounced address right  ${set.addressRight}/${set.addressOf} (${pct(set.addressRight / set.addressOf)})`,
  );
  console.log(
    `  permanent/temporary    ${set.permanenceRight}/${set.caught} (${pct(set.permanenceRight / set.caught)})`,
  );
  console.log(`misses: ${set.misses.length}${showMisses ? '' : ' (--misses lists them)'}`);
  if (showMisses)
    for (const m of set.misses) console.log(`  ${m.file}  ${m.what}: expected ${m.expected}, got ${m.got}`);
}
