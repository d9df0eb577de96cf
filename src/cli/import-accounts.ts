import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { ConfigError } from '../errors.js';
import { planImport } from '../policy/import-accounts.js';
import { loadPolicyFile } from '../policy/load.js';

/**
 * `npm run import-accounts -- export.csv [--write] [--skip-bad]`: merges a CRM export into the
 * policy file's `accounts`. Without --write it only reports, row by row. It writes only when no
 * row was refused (or --skip-bad leaves those out) and the merged list is valid. Exit 0 on
 * success, 1 when something was refused, 2 on bad usage. Reads POLICY_FILE like the app.
 */
function main(args: string[]): number {
  const write = args.includes('--write');
  const skipBad = args.includes('--skip-bad');
  const [file] = args.filter((a) => !a.startsWith('--'));
  if (!file || !existsSync(file)) return usage(file ? `no file at ${file}` : 'give the CSV file');
  if (existsSync('.env')) process.loadEnvFile('.env');
  const policyFile =
    process.env.POLICY_FILE || (existsSync('policy.yaml') ? 'policy.yaml' : 'examples/policy.yaml');
  let plan: ReturnType<typeof planImport>;
  try {
    plan = planImport(loadPolicyFile(policyFile), readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof ConfigError) return usage(e.message);
    throw e;
  }
  for (const r of plan.rows)
    console.log(`row ${r.row}: ${r.outcome} ${r.name}${r.detail ? ` (${r.detail})` : ''}`);
  for (const p of plan.problems) console.log(`after the import: ${p}`);
  const refused = plan.rows.filter((r) => r.outcome === 'error').length;
  const changed = plan.rows.filter((r) => r.outcome === 'added' || r.outcome === 'merged').length;
  console.log(`${changed} to add or merge, ${refused} refused, policy ${policyFile}`);
  if (plan.problems.length || (refused && !skipBad)) {
    console.log('Nothing was written: fix the rows above (or --skip-bad to leave refused rows out).');
    return 1;
  }
  if (!write) {
    console.log('Dry run: nothing was written. Add --write to merge into the policy file.');
    return 0;
  }
  // The rest of the file (comments, order) stays as it was; only `accounts` is replaced.
  const doc = parseDocument(readFileSync(policyFile, 'utf8'));
  doc.set(
    'accounts',
    plan.accounts.map(({ vip, ...a }) => (vip ? { ...a, vip } : a)),
  );
  writeFileSync(policyFile, doc.toString());
  console.log(`Written to ${policyFile}. Restart the app to use it.`);
  return 0;
}

function usage(problem: string): number {
  console.error(
    `import-accounts: ${problem}\nUsage: npm run import-accounts -- export.csv [--write] [--skip-bad]`,
  );
  return 2;
}

process.exitCode = main(process.argv.slice(2));
