import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { isAppError } from '../../errors.js';
import { extendClaim } from '../../usecases/claim-lifecycle.js';
import { claimLabel } from '../../views/claims.js';
import { fields } from '../../views/ids.js';
import { slackWhen } from '../../views/text.js';
import { requireMember } from '../members.js';
import { claimRefOf, flattenState } from './state.js';

/** Extend with a note. A refusal (no note, stale without proof) is shown on the note field. */
export const extendModalSubmit =
  (deps: Deps) =>
  async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    const member = requireMember(deps.directory, body.user.id);
    const note = flattenState(view.state.values)[fields.note.block] ?? '';
    try {
      const claim = await extendClaim(deps, member, claimRefOf(view.private_metadata), note);
      await ack();
      await client.chat.postMessage({
        channel: member.slack,
        text: `:calendar: Your claim on ${claimLabel(claim)} now expires ${slackWhen(claim.expiresAt, deps.directory.timezoneOf(member))}.`,
      });
    } catch (e) {
      if (!isAppError(e)) throw e;
      await ack({ response_action: 'errors', errors: { [fields.note.block]: e.message.slice(0, 300) } });
    }
  };
