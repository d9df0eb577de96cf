import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { Deps } from '../../deps.js';
import { ownClaim, releaseClaim } from '../../usecases/claim-lifecycle.js';
import { claimLabel, plainMessage } from '../../views/claims.js';
import { extendModal, logActivityModal } from '../../views/modals.js';
import { escapeMrkdwn, slackWhen } from '../../views/text.js';
import { refreshHome } from '../home.js';
import { requireMember } from '../members.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** Extend (asks for the note) and Log activity (asks what happened) open a modal on the owner's claim. */
const claimModalButton =
  (deps: Deps, modal: (claimId: string, label: string) => ModalView) =>
  async ({ ack, body, action, client }: ButtonArgs) => {
    await ack();
    const claim = await ownClaim(deps, requireMember(deps.directory, body.user.id), action.value ?? '');
    await client.views.open({
      trigger_id: body.trigger_id,
      view: modal(claim._id.toHexString(), claimLabel(claim)),
    });
  };

export const extendButton = (deps: Deps) => claimModalButton(deps, extendModal);
export const logActivityButton = (deps: Deps) => claimModalButton(deps, logActivityModal);

/** Release: replaces the message it was pressed on; a second press says it is already released. */
export const releaseButton =
  (deps: Deps) =>
  async ({ ack, body, action, respond }: ButtonArgs) => {
    await ack();
    const member = requireMember(deps.directory, body.user.id);
    const claim = await ownClaim(deps, member, action.value ?? '');
    const result = await releaseClaim(deps, member, claim);
    const label = escapeMrkdwn(claimLabel(claim));
    const tz = deps.directory.timezoneOf(member);
    const text =
      result.kind === 'released'
        ? `:unlock: You released *${label}*. Anyone on the team may claim it now.`
        : `*${label}* was already ${result.claim.status}${result.claim.endedAt ? ` (${slackWhen(result.claim.endedAt, tz)})` : ''}; nothing changed.`;
    if (body.container?.type === 'view') await refreshHome(deps, member.slack);
    else await respond({ replace_original: true, ...plainMessage(text) });
  };
