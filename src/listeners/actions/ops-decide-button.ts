import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { opsDispute } from '../../usecases/escalation.js';
import { outcomeText } from '../../views/escalation.js';
import { opsDecisionModal } from '../../views/escalation-modals.js';
import { requireMember } from '../members.js';
import { answerPresser } from '../pressed-message.js';

/** "Decide…" on the RevOps message: the decision modal, for RevOps only and only while open. */
export const opsDecideButton =
  (deps: Deps) => async (args: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>) => {
    const { ack, body, action, client } = args;
    await ack();
    const member = requireMember(deps.directory, body.user.id);
    const e = await opsDispute(deps, action.value ?? '', member);
    if (e.state !== 'ops') {
      const text = e.decision
        ? `Already decided: ${outcomeText[e.decision.outcome]}. Nothing changed.`
        : 'This dispute is not with RevOps. Nothing changed.';
      await answerPresser(deps, args, text, true);
      return;
    }
    await client.views.open({
      trigger_id: body.trigger_id,
      view: opsDecisionModal(e, deps.directory.nameOf),
    });
  };
