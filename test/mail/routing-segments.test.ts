import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parsePolicy } from '../../src/policy/load.js';
import { routeReply } from '../../src/usecases/reply-routing.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';

/** The example team, with John selling to enterprise accounts in the west and the split on. */
function policy() {
  const raw = parse(readFileSync('examples/policy.yaml', 'utf8'));
  raw.members = raw.members.map((m: { slack: string }) =>
    m.slack === people.john ? { ...m, segment: 'enterprise' } : m,
  );
  raw.accounts.push({ name: 'BigCo', domains: ['bigco.com'], territory: 'west', segment: 'enterprise' });
  raw.routing.splitBySegment = true;
  return parsePolicy(raw);
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('routing_segments', { policy: policy() });
});
afterAll(() => t.stop());

test('when the segment split is on, then an enterprise account’s replies go round the territory’s enterprise reps only', async () => {
  const wednesdayMorningInLA = new Date('2026-11-25T18:00:00Z'); // John and Sam both working
  const reply = (n: number) => ({
    _id: `seg-${n}@bigco.com`,
    from: `p${n}@bigco.com`,
    domain: 'bigco.com',
    references: [],
  });
  const first = await routeReply(t.app.deps, reply(1), wednesdayMorningInLA);
  const second = await routeReply(t.app.deps, reply(2), wednesdayMorningInLA);
  expect([first.owner, second.owner]).toEqual([people.john, people.john]);
  expect(first.why).toBe('is next in territory west/enterprise (round robin)');
  // An account the policy gives no territory is not round-robined at all.
  const smb = await routeReply(t.app.deps, { ...reply(3), domain: 'northwind.com' }, wednesdayMorningInLA);
  expect(smb.step).toBe('fallback');
});
