import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { parseTarget } from '../../domain/target.js';
import { checkOne } from '../../usecases/check.js';
import { checkMessage } from '../../views/check.js';
import { requireMember } from '../members.js';

/** `/check acme.com`: the pre-send check. */
export const checkCommand =
  (deps: Deps) =>
  async ({ ack, command, respond }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    await ack();
    const member = requireMember(deps.directory, command.user_id);
    const report = await checkOne(deps, member.slack, parseTarget(command.text, deps.directory.accounts));
    await respond({
      response_type: 'ephemeral',
      ...checkMessage(report, deps.directory.nameOf, deps.directory.timezoneOf(member)),
    });
  };
