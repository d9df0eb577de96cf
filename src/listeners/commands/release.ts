import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { MAX_NOTE } from '../../domain/claim-command.js';
import { parseTarget, targetLabel } from '../../domain/target.js';
import { AppError } from '../../errors.js';
import { liveClaim } from '../../store/claims.js';
import { releaseClaim } from '../../usecases/claim-lifecycle.js';
import { plainMessage } from '../../views/claims.js';
import { escapeMrkdwn } from '../../views/text.js';
import { requireMember } from '../members.js';

/** `/release acme.com [note]`. */
export const releaseCommand =
  (deps: Deps) =>
  async ({ ack, command, respond }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    await ack();
    const member = requireMember(deps.directory, command.user_id);
    const [targetText = '', ...noteWords] = command.text.trim().split(/\s+/);
    const target = parseTarget(targetText, deps.directory.accounts);
    const claim = await liveClaim(deps.db, target.key);
    if (!claim || claim.owner !== member.slack) {
      throw new AppError(
        'not_found',
        `You have no claim on ${targetLabel(target)}.`,
        'See yours with `/claims`.',
      );
    }
    await releaseClaim(deps, member, claim, noteWords.join(' ').slice(0, MAX_NOTE) || undefined);
    await respond({
      response_type: 'ephemeral',
      ...plainMessage(`:unlock: You released *${escapeMrkdwn(targetLabel(target))}*.`),
    });
  };
