import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import type { ConflictOutcome } from '../../store/conflicts.js';
import { actOnConflict } from '../../usecases/conflict-actions.js';
import { conflictResultMessage } from '../../views/conflict.js';
import { slackWhen } from '../../views/text.js';
import { requireMember } from '../members.js';
import { pressedMessage } from '../pressed-message.js';

const webhookNote = {
  sent: 'Your sequencer was told to pause.',
  failed: 'Your sequencer could not be reached: pause it by hand.',
  not_configured: '',
};

/** Pause my sequence / Ask for handoff / Stand down: the alert is edited in place to show the outcome. */
export const conflictButton =
  (deps: Deps, outcome: ConflictOutcome) =>
  async ({
    ack,
    body,
    action,
    client,
    respond,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>) => {
    await ack();
    const member = requireMember(deps.directory, body.user.id);
    const tz = deps.directory.timezoneOf(member);
    const result = await actOnConflict(deps, action.value ?? '', member, outcome);
    const message = conflictResultMessage(
      result,
      tz,
      result.kind === 'done' && result.webhook ? webhookNote[result.webhook] : '',
    );
    const { channel, ts } = pressedMessage(body);
    if (channel && ts) await client.chat.update({ channel, ts, ...message });
    if (result.kind === 'already_done') {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: `Already done: ${result.outcome.replace(/_/g, ' ')} on ${slackWhen(result.at, tz)}. Nothing else changed.`,
      });
    }
  };
