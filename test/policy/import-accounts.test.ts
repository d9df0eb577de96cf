import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { planImport } from '../../src/policy/import-accounts.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { scratchDir } from '../support/scratch-dir.js';

const run = promisify(execFile);
const policy = loadPolicyFile('examples/policy.yaml');
const header = 'name,domains,owner_email,crm_id,parent,segment,territory,vip';

describe('importing accounts from a CRM export', () => {
  const dir = scratchDir('import');

  test('when rows are new or match an account, then new ones are added and known ones merged (domains joined, fields taken), nothing else touched', () => {
    const plan = planImport(
      policy,
      [
        header,
        'Initech,initech.com; initech.de,john@ourco.io,0015INIT,,smb,west,no',
        'Northwind Traders,https://www.northwind.co.uk/,,0015NWT,,,,yes',
        'Initech Labs,initechlabs.io,,,Initech,,,',
        'Contoso,contoso.com,,,,,,',
      ].join('\n'),
    );
    expect(plan.rows.map((r) => [r.row, r.outcome])).toEqual([
      [1, 'added'],
      [2, 'merged'],
      [3, 'added'],
      [4, 'unchanged'],
    ]);
    expect(plan.rows[1]?.detail).toBe('+ northwind.co.uk, crmId → 0015NWT, vip → true');
    const initech = plan.accounts.find((a) => a.name === 'Initech');
    expect(initech).toMatchObject({
      domains: ['initech.com', 'initech.de'],
      owner: 'U03JOHN',
      crmId: '0015INIT',
    });
    expect(plan.accounts.find((a) => a.name === 'Northwind Traders')?.domains).toEqual([
      'northwind.com',
      'northwind.io',
      'northwind-traders.de',
      'northwind.co.uk',
    ]);
    expect(plan.problems).toEqual([]);
  });

  test('when rows name an unknown owner, take another account’s domain, are broken, or make a cycle of parents, then each is refused or named', () => {
    const plan = planImport(
      policy,
      [
        header,
        'Hooli,hooli.com,gavin@hooli.com,,,,,',
        'Contoso Europe,contoso.com,,,,,,',
        ',nameless.com,,,,,,',
        'Piedmont,not a domain,,,,,,',
        'Globex,globex.com,,,Soylent,,,',
        'Soylent,soylent.com,,,Globex,,,',
        'Umbrella,umbrella.com,,,,,,maybe',
      ].join('\n'),
    );
    expect(plan.rows.map((r) => `${r.row} ${r.outcome}: ${r.detail}`)).toEqual([
      '1 error: owner gavin@hooli.com is not a member of the policy',
      '2 error: contoso.com already belongs to Contoso',
      '3 error: no name',
      '4 error: "not" is not a domain',
      '5 added: globex.com',
      '6 added: soylent.com',
      '7 error: vip "maybe" is not yes or no',
    ]);
    expect(plan.problems).toEqual([
      expect.stringContaining('leads back to "Globex" (a cycle)'),
      expect.stringContaining('leads back to "Soylent" (a cycle)'),
    ]);
  });

  test('when run as npm run import-accounts, then a dry run writes nothing, a refused row stops --write, and --write merges keeping the rest of the file', async () => {
    const policyFile = join(dir, 'policy.yaml');
    copyFileSync('examples/policy.yaml', policyFile);
    const before = readFileSync(policyFile, 'utf8');
    const good = join(dir, 'good.csv');
    writeFileSync(good, `${header}\nInitech,initech.com,john@ourco.io,0015INIT,,,west,yes\n`);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${header}\nInitech,initech.com,nobody@ourco.io,,,,,\n`);
    const cli = (...args: string[]) =>
      run('npx', ['tsx', 'src/cli/import-accounts.ts', ...args], {
        env: { ...process.env, POLICY_FILE: policyFile },
      }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );

    const dry = await cli(good);
    expect(dry).toMatchObject({
      code: 0,
      out: expect.stringContaining('row 1: added Initech (initech.com)'),
    });
    expect(readFileSync(policyFile, 'utf8')).toBe(before);

    const refused = await cli(bad, '--write');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Nothing was written');
    expect(readFileSync(policyFile, 'utf8')).toBe(before);

    expect((await cli(good, '--write')).code).toBe(0);
    const after = loadPolicyFile(policyFile);
    expect(after.accounts.find((a) => a.name === 'Initech')).toMatchObject({
      owner: 'U03JOHN',
      vip: true,
      territory: 'west',
    });
    expect(after.members).toEqual(policy.members); // the rest of the policy as it was
    expect(readFileSync(policyFile, 'utf8')).toContain('# log activity within this or the claim lapses'); // comments kept
  }, 60_000);
});
