import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { Deps } from '../../deps.js';
import { AppError } from '../../errors.js';
import { conflictById } from '../../store/conflicts.js';
import { claimToDispute } from '../../usecases/escalation.js';
import { proceedModal } from '../../views/conflict.js';
import { handoffModal } from '../../views/escalation-modals.js';
import { requireMember } from '../members.js';
import { pressedMessage } from '../pressed-message.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** The alert a button sits on, if it was sent to whoever pressed. */
async function ownAlert(deps: Deps, body: ButtonArgs['body'], alertId: string) {
  const member = requireMember(deps.directory, body.user.id);
  const alert = await conflictById(deps.db, alertId);
  if (!alert) throw new AppError('stale_action', 'That alert no longer exists.');
  if (alert.challenger !== member.slack)
    throw new AppError('not_allowed', 'This alert was sent to someone else.');
  return alert;
}

/** A conflict alert's button that asks for a reason first, in the modal `modalFor` builds. */
const alertModalButton =
  (modalFor: (alertId: string, label: string, where: ReturnType<typeof pressedMessage>) => ModalView) =>
  (deps: Deps) =>
  async ({ ack, body, action, client }: ButtonArgs) => {
    await ack();
    const alert = await ownAlert(deps, body, action.value ?? '');
    await client.views.open({
      trigger_id: body.trigger_id,
      view: modalFor(alert._id.toHexString(), alert.label, pressedMessage(body)),
    });
  };

/** "Ask for handoff" on a conflict alert: the one-line reason first, in a modal. */
export const handoffButton = alertModalButton((alertId, label, where) =>
  handoffModal({ alertId }, label, where),
);

/** "Escalate" on a /check result someone else holds: the same handoff modal, from the claim. */
export const escalateButton =
  (deps: Deps) =>
  async ({ ack, body, action, client }: ButtonArgs) => {
    await ack();
    const member = requireMember(deps.directory, body.user.id);
    const claim = await claimToDispute(deps, action.value ?? '', member);
    await client.views.open({
      trigger_id: body.trigger_id,
      view: handoffModal({ claimId: claim._id.toHexString() }, claim.email ?? claim.domain, {}),
    });
  };

/** "Proceed anyway" on a soft conflict alert: the reason first, in a modal. */
export const proceedButton = alertModalButton(proceedModal);
