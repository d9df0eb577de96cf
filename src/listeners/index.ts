import type { App } from '@slack/bolt';
import type { Deps } from '../deps.js';
import * as commands from './commands/index.js';
import { registerErrorHandler } from './error-handler.js';
import * as events from './events/index.js';

export function registerListeners(app: App, deps: Deps): void {
  commands.register(app, deps);
  events.register(app, deps);
  registerErrorHandler(app, deps);
}
