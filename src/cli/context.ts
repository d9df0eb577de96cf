import { existsSync } from 'node:fs';
import { createLog } from '../log.js';
import { Directory } from '../policy/directory.js';
import { loadPolicyFile } from '../policy/load.js';
import { connectDatabase } from '../store/database.js';

/**
 * What the database CLIs (`check`, `route`) share with the app: `.env`, MONGODB_URI and the
 * policy file chosen as the app chooses it. A string is the usage error to print.
 */
export async function cliContext() {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const uri = process.env.MONGODB_URI;
  if (!uri) return 'set MONGODB_URI to the app’s database (see README)';
  const policyFile =
    process.env.POLICY_FILE || (existsSync('policy.yaml') ? 'policy.yaml' : 'examples/policy.yaml');
  const directory = new Directory(loadPolicyFile(policyFile));
  const db = await connectDatabase(uri, createLog('silent'));
  return { directory, db };
}
