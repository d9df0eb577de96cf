import { existsSync } from 'node:fs';
import { startApp } from './app.js';
import { loadConfig } from './config.js';
import { ConfigError } from './errors.js';
import { loadPolicyFile } from './policy/load.js';

/** Entry point: read .env, validate config and policy, start, stop cleanly on a signal. */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  loadPolicyFile(config.policyFile); // fail fast, before touching the database
  const app = await startApp(config);
  if (config.slack.kind === 'sandbox') {
    const port = new URL(app.url).port;
    console.log(`No Slack tokens set: running the local sandbox.\nOpen http://localhost:${port}/sandbox`);
  }
  const stop = async (signal: string) => {
    console.log(`${signal}: shutting down`);
    await app.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // Configuration problems are the user's to fix: show the lines, not a stack trace.
  if (error instanceof ConfigError) {
    console.error(`Cannot start: ${error.message}`);
    if (error.source === 'environment')
      console.error('Set these in .env (see .env.example) or in the environment.');
  } else {
    console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
