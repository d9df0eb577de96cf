import type { Deps } from '../deps.js';
import { listActiveClaims } from '../store/claims.js';
import { homeView } from '../views/home.js';

/** Rebuilds a member's Home tab from the database (after opening it, or a change made there). */
export async function refreshHome(deps: Deps, userId: string): Promise<void> {
  const member = deps.directory.member(userId);
  const claims = member ? await listActiveClaims(deps.db, member.slack) : [];
  const timezone = member ? deps.directory.timezoneOf(member) : deps.directory.policy.timezone;
  await deps.slack.views.publish({ user_id: userId, view: homeView({ member, claims, timezone }) });
}
