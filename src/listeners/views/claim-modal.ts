import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { MAX_NOTE } from '../../domain/claim-command.js';
import { parseTarget } from '../../domain/target.js';
import { isAppError } from '../../errors.js';
import { type ClaimReason, claimReasons } from '../../policy/schema.js';
import { claimTarget } from '../../usecases/claim.js';
import { claimOutcomeMessage } from '../../views/claim-outcome.js';
import { fields } from '../../views/ids.js';
import { requireMember } from '../members.js';
import { flattenState } from './state.js';

/** The claim modal: a bad target is shown on its field and the modal stays open. */
export const claimModalSubmit =
  (deps: Deps) =>
  async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    const member = requireMember(deps.directory, body.user.id);
    const state = flattenState(view.state.values);
    let target: ReturnType<typeof parseTarget>;
    try {
      target = parseTarget(state[fields.target.block] ?? '', deps.directory.accounts);
    } catch (e) {
      if (!isAppError(e)) throw e;
      await ack({
        response_action: 'errors',
        errors: { [fields.target.block]: `${e.message}${e.hint ? ` ${e.hint}` : ''}`.slice(0, 300) },
      });
      return;
    }
    const reason = (claimReasons as readonly string[]).includes(state[fields.reason.block] ?? '')
      ? (state[fields.reason.block] as ClaimReason)
      : 'prospecting';
    const note = (state[fields.note.block] ?? '').slice(0, MAX_NOTE);
    await ack();
    const outcome = await claimTarget(deps, { member, target, reason, note });
    const nameOf = (id: string) => deps.directory.member(id)?.name ?? id;
    // A modal has no channel to answer in: the answer comes as a DM.
    await client.chat.postMessage({
      channel: member.slack,
      ...claimOutcomeMessage(outcome, nameOf, deps.directory.timezoneOf(member)),
    });
  };
