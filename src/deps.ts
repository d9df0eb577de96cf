import type { WebClient } from '@slack/web-api';
import type { Connection } from 'mongoose';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { JobRunner } from './jobs/runner.js';
import type { Log } from './log.js';
import type { Directory } from './policy/directory.js';

/** What use cases, listeners and jobs need; built once in app.ts. */
export interface Deps {
  config: Config;
  db: Connection;
  directory: Directory;
  jobs: JobRunner;
  slack: WebClient;
  clock: Clock;
  log: Log;
}
