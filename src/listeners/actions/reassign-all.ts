import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { AppError } from '../../errors.js';
import { listActiveClaims } from '../../store/claims.js';
import { reassignAllModal } from '../../views/claims-list.js';
import { requireMember } from '../members.js';

/** "Reassign all…" under `/claims @member` (RevOps): the modal asks to whom and why. */
export const reassignAllButton =
  (deps: Deps) =>
  async ({ ack, body, action, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>) => {
    await ack();
    const member = requireMember(deps.directory, body.user.id);
    if (!member.roles.includes('ops'))
      throw new AppError('not_allowed', 'Only RevOps can reassign all of someone’s claims.');
    const from = action.value ?? '';
    const claims = await listActiveClaims(deps.db, from);
    await client.views.open({
      trigger_id: body.trigger_id,
      view: reassignAllModal(from, deps.directory.nameOf(from), claims.length),
    });
  };
