import type { Deps } from '../deps.js';
import { homeData } from '../usecases/home.js';
import { homeView } from '../views/home.js';

/** Rebuilds a member's Home tab from the database (after opening it, or a change made there). */
export async function refreshHome(deps: Deps, userId: string): Promise<void> {
  const member = deps.directory.member(userId);
  const timezone = member ? deps.directory.timezoneOf(member) : deps.directory.policy.timezone;
  const data = member ? await homeData(deps, member) : undefined;
  await deps.slack.views.publish({
    user_id: userId,
    view: homeView({ member, data, nameOf: deps.directory.nameOf, timezone, now: deps.clock.now() }),
  });
}
