import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { answerConsent } from '../../usecases/consent.js';
import { consentAnsweredMessage } from '../../views/consent.js';
import { requireMember } from '../members.js';
import { pressedMessage } from '../pressed-message.js';

export const consentButton =
  (deps: Deps, approve: boolean) =>
  async ({ ack, body, action, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>) => {
    await ack();
    const member = requireMember(deps.directory, body.user.id);
    const answer = await answerConsent(deps, action.value ?? '', member, approve);
    const text =
      answer.kind === 'already_answered'
        ? `This request for ${answer.email} was already ${answer.answer}.`
        : answer.kind === 'approved'
          ? `You approved ${answer.requesterName} for ${answer.email}.`
          : `You declined ${answer.requesterName} for ${answer.email}.`;
    const { channel, ts } = pressedMessage(body);
    if (channel && ts) await client.chat.update({ channel, ts, ...consentAnsweredMessage(text) });
  };
