import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { actOnEscalation, type EscalationChoice } from '../../usecases/escalation.js';
import { outcomeText } from '../../views/escalation.js';
import { requireMember } from '../members.js';

/** A dispute button. The decision edits every dispute message itself; this answers the presser. */
export const escalationButton =
  (deps: Deps, choice: EscalationChoice) =>
  async ({
    ack,
    body,
    action,
    respond,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>) => {
    await ack();
    const member = requireMember(deps.directory, body.user.id);
    const answer = await actOnEscalation(deps, action.value ?? '', member, choice);
    const text =
      answer.kind === 'proposed'
        ? `You proposed it. Waiting for ${deps.directory.nameOf(answer.waitingFor)} to agree.`
        : answer.kind === 'moved'
          ? `Sent to the ${answer.to === 'lead' ? 'team lead' : 'RevOps'}.`
          : answer.kind === 'decided'
            ? 'Decided. Everyone involved has been told.'
            : answer.escalation.decision
              ? `Already decided: ${outcomeText[answer.escalation.decision.outcome]}. Nothing changed.`
              : answer.escalation.state === 'rep'
                ? 'This dispute has moved on already. Nothing changed.'
                : `This dispute is with ${answer.escalation.state === 'lead' ? 'the team lead' : 'RevOps'} now: they decide. Nothing changed.`;
    await respond({ response_type: 'ephemeral', replace_original: false, text });
  };
