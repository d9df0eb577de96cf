import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { listActiveClaims } from '../../store/claims.js';
import { homeView } from '../../views/home.js';

/** The Home tab: rebuilt from the database each time it is opened. */
export const appHomeOpened =
  (deps: Deps) =>
  async ({ event, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>) => {
    if (event.tab !== 'home') return;
    const member = deps.directory.member(event.user);
    const claims = member ? await listActiveClaims(deps.db, member.slack) : [];
    await client.views.publish({
      user_id: event.user,
      view: homeView({
        member,
        claims,
        timezone: member ? deps.directory.timezoneOf(member) : deps.directory.policy.timezone,
      }),
    });
  };
