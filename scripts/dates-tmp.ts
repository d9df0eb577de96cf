import { readFileSync } from 'node:fs';
import { followUpDateIn } from '../src/domain/follow-up-date.js';
import { returnDateIn } from '../src/domain/return-date.js';

// [kind ("f" follow-up | "r" return), text, expected ISO date or ""]
const cases = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as [string, string, string][];
const at = new Date('2026-11-23T10:00:00Z'); // a Monday
let ok = 0;
for (const [kind, text, want] of cases) {
  const got = (kind === 'f' ? followUpDateIn(text, at) : returnDateIn(text, at)) ?? '';
  if (got === want) ok++;
  else console.log('MISS', kind, JSON.stringify(text), 'want', want, 'got', got);
}
console.log(`${ok}/${cases.length}`);
