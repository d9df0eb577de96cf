import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { MAX_NOTE } from '../../domain/claim-command.js';
import { requestedExpiry } from '../../domain/claim-rules.js';
import { accountKey, parseTarget, type Target } from '../../domain/target.js';
import { isAppError } from '../../errors.js';
import { type ClaimReason, claimReasons } from '../../policy/schema.js';
import { claimTarget } from '../../usecases/claim.js';
import { notify } from '../../usecases/notify.js';
import { claimOutcomeMessage } from '../../views/claim-outcome.js';
import { fields } from '../../views/ids.js';
import { requireMember } from '../members.js';
import { flattenState } from './state.js';

type Checked = { target: Target; expiresAt?: Date } | { errors: Record<string, string> };

/** The modal's fields, checked together so every bad field shows its own error. */
function checkFields(deps: Deps, state: Record<string, string>, timezone: string): Checked {
  const errors: Record<string, string> = {};
  let target: Target | undefined;
  try {
    target = parseTarget(state[fields.target.block] ?? '', deps.directory.accounts);
  } catch (e) {
    if (!isAppError(e)) throw e;
    errors[fields.target.block] = `${e.message}${e.hint ? ` ${e.hint}` : ''}`.slice(0, 300);
  }
  const level = state[fields.level.block] === 'contact' ? 'contact' : 'account';
  if (target && level === 'contact' && target.level === 'account') {
    errors[fields.target.block] = `A contact claim needs an email address, e.g. jane@${target.domain}.`;
  }
  // "Account" on an email claims the company the email belongs to.
  if (target && level === 'account' && target.level === 'contact') {
    target = { level: 'account', domain: target.domain, key: accountKey(target.domain) };
  }
  let expiresAt: Date | undefined;
  const date = state[fields.expiry.block];
  if (date) {
    const picked = requestedExpiry(date, deps.clock.now(), timezone, deps.directory.policy.claims);
    if ('problem' in picked) errors[fields.expiry.block] = picked.problem;
    else expiresAt = picked.expiresAt;
  }
  if (Object.keys(errors).length > 0 || !target) return { errors };
  return { target, expiresAt };
}

/** The claim modal: bad fields are shown on the fields and the modal stays open. */
export const claimModalSubmit =
  (deps: Deps) =>
  async ({ ack, view, body }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    const member = requireMember(deps.directory, body.user.id);
    const timezone = deps.directory.timezoneOf(member);
    const state = flattenState(view.state.values);
    const checked = checkFields(deps, state, timezone);
    if ('errors' in checked) {
      await ack({ response_action: 'errors', errors: checked.errors });
      return;
    }
    const reasonText = state[fields.reason.block] ?? '';
    const reason = (claimReasons as readonly string[]).includes(reasonText)
      ? (reasonText as ClaimReason)
      : 'prospecting';
    const note = (state[fields.note.block] ?? '').slice(0, MAX_NOTE);
    await ack();
    const outcome = await claimTarget(deps, {
      member,
      target: checked.target,
      reason,
      note,
      expiresAt: checked.expiresAt,
    });
    // A modal has no channel to answer in: the answer comes as a DM.
    await notify(deps, {
      channel: member.slack,
      ...claimOutcomeMessage(outcome, deps.directory.nameOf, timezone),
    });
  };
