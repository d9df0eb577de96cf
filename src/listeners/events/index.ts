import type { App } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { appHomeOpened } from './app-home-opened.js';

/** Every event the app subscribes to; manifest.json's bot_events must list exactly these. */
export const events = {
  app_home_opened: appHomeOpened,
} as const;

export function register(app: App, deps: Deps): void {
  app.event('app_home_opened', events.app_home_opened(deps));
}
