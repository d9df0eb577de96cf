import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { parseClaimArgs } from '../../domain/claim-command.js';
import { formatMinutes, minutesToMs } from '../../domain/duration.js';
import { parseTarget } from '../../domain/target.js';
import { badInput } from '../../errors.js';
import { claimTarget } from '../../usecases/claim.js';
import { claimOutcomeMessage } from '../../views/claim-outcome.js';
import { claimModal } from '../../views/modals.js';
import { requireMember } from '../members.js';

/** `/claim acme.com [reason] [4h] [note…]`; with no argument, the claim modal. */
export const claimCommand =
  (deps: Deps) =>
  async ({ ack, command, respond, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    await ack();
    const member = requireMember(deps.directory, command.user_id);
    if (!command.text.trim()) {
      await client.views.open({ trigger_id: command.trigger_id, view: claimModal() });
      return;
    }
    const args = parseClaimArgs(
      command.text,
      deps.directory.policy.accounts.map((a) => a.name),
    );
    const rules = deps.directory.policy.claims;
    if (args.forMinutes && args.forMinutes > rules.expiry)
      throw badInput(
        `A claim lasts at most ${formatMinutes(rules.expiry)}; ${formatMinutes(args.forMinutes)} is longer.`,
        'Example: `/claim acme.com research 4h`',
      );
    const outcome = await claimTarget(deps, {
      member,
      target: parseTarget(args.target, deps.directory.accounts),
      reason: args.reason,
      note: args.note,
      expiresAt: args.forMinutes
        ? new Date(deps.clock.now().getTime() + minutesToMs(args.forMinutes))
        : undefined,
    });
    await respond({
      response_type: 'ephemeral',
      ...claimOutcomeMessage(outcome, deps.directory.nameOf, deps.directory.timezoneOf(member)),
    });
  };
