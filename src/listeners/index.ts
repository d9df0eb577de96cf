import type { App } from '@slack/bolt';
import type { Deps } from '../deps.js';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import { registerErrorHandler } from './error-handler.js';
import * as events from './events/index.js';
import * as views from './views/index.js';

export function registerListeners(app: App, deps: Deps, options: commands.CommandOptions = {}): void {
  commands.register(app, deps, options);
  actions.register(app, deps);
  views.register(app, deps);
  events.register(app, deps);
  registerErrorHandler(app, deps);
}
