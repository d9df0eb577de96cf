import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { parseTarget, targetLabel } from '../../domain/target.js';
import { auditHistory } from '../../store/audit.js';
import { checkOne } from '../../usecases/check.js';
import { checkMessage } from '../../views/check.js';
import { historyMessage } from '../../views/history.js';
import { requireMember } from '../members.js';

/** How many entries `/check … history` shows; GET /api/audit has them all. */
const HISTORY_LINES = 50;

/** `/check acme.com`: the pre-send check. `/check acme.com history`: who owned it, and why. */
export const checkCommand =
  (deps: Deps) =>
  async ({ ack, command, respond }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    await ack();
    const member = requireMember(deps.directory, command.user_id);
    const timezone = deps.directory.timezoneOf(member);
    const words = command.text.trim().split(/\s+/);
    const history = words.length > 1 && words.at(-1)?.toLowerCase() === 'history';
    const target = parseTarget(
      history ? words.slice(0, -1).join(' ') : command.text,
      deps.directory.accounts,
    );
    if (history) {
      const events = await auditHistory(
        deps.db,
        { domain: target.domain, email: target.level === 'contact' ? target.email : undefined },
        { limit: HISTORY_LINES },
      );
      await respond({
        response_type: 'ephemeral',
        ...historyMessage(targetLabel(target), events, deps.directory.nameOf, timezone),
      });
      return;
    }
    const report = await checkOne(deps, member.slack, target);
    await respond({ response_type: 'ephemeral', ...checkMessage(report, deps.directory.nameOf, timezone) });
  };
