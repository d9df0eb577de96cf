import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { refreshHome } from '../home.js';

/** The Home tab: rebuilt from the database each time it is opened. */
export const appHomeOpened =
  (deps: Deps) =>
  async ({ event }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>) => {
    if (event.tab === 'home') await refreshHome(deps, event.user);
  };
