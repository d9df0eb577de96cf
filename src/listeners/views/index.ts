import type {
  AllMiddlewareArgs,
  App,
  SlackViewMiddlewareArgs,
  ViewOutput,
  ViewSubmitAction,
} from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { isAppError } from '../../errors.js';
import { escalationModals, modals, replyModals } from '../../views/ids.js';
import { claimModalSubmit } from './claim-modal.js';
import { extendModalSubmit } from './extend-modal.js';
import { handoffModalSubmit } from './handoff-modal.js';
import { logActivityModalSubmit } from './log-activity-modal.js';
import { opsDecisionSubmit } from './ops-decision-modal.js';
import { proceedModalSubmit } from './proceed-modal.js';
import { reassignAllModalSubmit } from './reassign-all-modal.js';
import { reassignModalSubmit } from './reassign-modal.js';

type Submit = (args: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => Promise<void>;

/** The form's first input block: where an error that belongs to no one field is shown. */
const firstInput = (view: ViewOutput) =>
  (view.blocks as { type: string; block_id?: string }[]).find((b) => b.type === 'input')?.block_id;

/**
 * A form always gets its answer: a refusal or a failure before the handler answered is shown on
 * the form (response_action: errors) instead of Slack's "trouble connecting". After it answered,
 * the error handler tells the person by DM as usual.
 */
const answered =
  (deps: Deps, submit: Submit): Submit =>
  async (args) => {
    let acked = false;
    const ack: typeof args.ack = async (response) => {
      acked = true;
      await args.ack(response);
    };
    try {
      await submit({ ...args, ack });
    } catch (e) {
      if (acked) throw e;
      const known = isAppError(e);
      if (!known) deps.log.error({ err: e, form: args.view.callback_id }, 'form failed');
      const block = firstInput(args.view);
      const text = known
        ? e.message
        : 'Something went wrong on our side and nothing was saved. Try again in a minute.';
      if (!block) {
        await args.ack();
        throw e;
      }
      await args.ack({ response_action: 'errors', errors: { [block]: text.slice(0, 300) } });
    }
  };

export function register(app: App, deps: Deps): void {
  const forms: Record<string, (deps: Deps) => Submit> = {
    [modals.claim]: claimModalSubmit,
    [modals.extend]: extendModalSubmit,
    [modals.logActivity]: logActivityModalSubmit,
    [escalationModals.handoff]: handoffModalSubmit,
    [modals.proceed]: proceedModalSubmit,
    [modals.reassignAll]: reassignAllModalSubmit,
    [escalationModals.opsDecision]: opsDecisionSubmit,
    [replyModals.reassign]: reassignModalSubmit,
  };
  for (const [id, submit] of Object.entries(forms)) app.view(id, answered(deps, submit(deps)));
}
