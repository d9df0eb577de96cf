import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import type { Target } from '../../domain/target.js';
import { type ActivityType, activityTypes } from '../../store/activities.js';
import { recordActivity } from '../../usecases/activity.js';
import { ownClaim } from '../../usecases/claim-lifecycle.js';
import { claimLabel } from '../../views/claims.js';
import { fields } from '../../views/ids.js';
import { requireMember } from '../members.js';
import { claimRefOf, flattenState } from './state.js';

export const logActivityModalSubmit =
  (deps: Deps) =>
  async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    const member = requireMember(deps.directory, body.user.id);
    const typed = flattenState(view.state.values)[fields.activityType.block] ?? '';
    if (!(activityTypes as readonly string[]).includes(typed)) {
      await ack({
        response_action: 'errors',
        errors: { [fields.activityType.block]: 'Pick what happened.' },
      });
      return;
    }
    await ack();
    const claim = await ownClaim(deps, member, claimRefOf(view.private_metadata));
    const target: Target = claim.email
      ? { level: 'contact', domain: claim.domain, email: claim.email, key: claim.key }
      : { level: 'account', domain: claim.domain, key: claim.key };
    await recordActivity(deps, { type: typed as ActivityType, target, member, at: deps.clock.now() });
    await client.chat.postMessage({
      channel: member.slack,
      text: `:memo: Logged ${typed.replace(/_/g, ' ')} on ${claimLabel(claim)}. The claim is active.`,
    });
  };
