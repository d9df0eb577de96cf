import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { AppError } from '../../errors.js';
import { conflictById } from '../../store/conflicts.js';
import { handoffModal } from '../../views/escalation.js';
import { requireMember } from '../members.js';
import { pressedMessage } from '../pressed-message.js';

/** "Ask for handoff" on a conflict alert: the one-line reason first, in a modal. */
export const handoffButton =
  (deps: Deps) =>
  async ({ ack, body, action, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>) => {
    await ack();
    const member = requireMember(deps.directory, body.user.id);
    const alert = await conflictById(deps.db, action.value ?? '');
    if (!alert) throw new AppError('stale_action', 'That alert no longer exists.');
    if (alert.challenger !== member.slack)
      throw new AppError('not_allowed', 'This alert was sent to someone else.');
    const where = pressedMessage(body);
    await client.views.open({
      trigger_id: body.trigger_id,
      view: handoffModal(alert._id.toHexString(), alert.label, where),
    });
  };
