import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { listActiveClaims } from '../../store/claims.js';
import { claimsListMessage } from '../../views/claims-list.js';
import { requireMember } from '../members.js';

/** `/claims`: my claims, soonest expiry first. */
export const claimsCommand =
  (deps: Deps) =>
  async ({ ack, command, respond }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    await ack();
    const member = requireMember(deps.directory, command.user_id);
    const claims = await listActiveClaims(deps.db, member.slack);
    await respond({
      response_type: 'ephemeral',
      ...claimsListMessage(claims, deps.directory.timezoneOf(member)),
    });
  };
