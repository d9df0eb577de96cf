import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { parseTarget } from '../../domain/target.js';
import { replyById } from '../../store/replies.js';
import { claimTarget } from '../../usecases/claim.js';
import { canReassign, markReplied, notMine } from '../../usecases/reply-actions.js';
import { claimOutcomeMessage } from '../../views/claim-outcome.js';
import { reassignModal } from '../../views/reply.js';
import { clip, slackWhen } from '../../views/text.js';
import { requireMember } from '../members.js';
import { answerPresser } from '../pressed-message.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** Mark replied: the DM is edited to "replied in N min"; a second click is told. */
export const markRepliedButton = (deps: Deps) => async (args: ButtonArgs) => {
  const { ack, body, action } = args;
  await ack();
  const member = requireMember(deps.directory, body.user.id);
  const { already, reply } = await markReplied(deps, action.value ?? '', member);
  const when = reply.repliedAt ? ` at ${slackWhen(reply.repliedAt, deps.directory.timezoneOf(member))}` : '';
  await answerPresser(deps, args, already ? `Already marked replied${when}.` : undefined, already);
};

/** Not mine: it goes to the next candidate, or to triage. */
export const notMineButton = (deps: Deps) => async (args: ButtonArgs) => {
  const { ack, body, action } = args;
  await ack();
  const member = requireMember(deps.directory, body.user.id);
  const out = await notMine(deps, action.value ?? '', member);
  await answerPresser(
    deps,
    args,
    out.already
      ? 'It had already moved on. Nothing changed.'
      : out.to
        ? `Passed to ${deps.directory.nameOf(out.to)}.`
        : 'Nobody else was next: it is in the triage channel now.',
  );
};

/** Reassign (on the DM or a triage post): the modal asks to whom and why. */
export const reassignButton =
  (deps: Deps) =>
  async ({ ack, body, action, client }: ButtonArgs) => {
    await ack();
    const member = requireMember(deps.directory, body.user.id);
    const reply = await canReassign(deps, action.value ?? '', member);
    await client.views.open({ trigger_id: body.trigger_id, view: reassignModal(reply._id, reply.subject) });
  };

/** "Claim dana@acme.com" on a referral: a contact claim for whoever pressed, noting the referral. */
export const claimReferralButton =
  (deps: Deps) =>
  async ({ ack, body, action, respond }: ButtonArgs) => {
    await ack();
    const member = requireMember(deps.directory, body.user.id);
    const [replyId = '', email = ''] = (action.value ?? '').split(' ');
    const reply = await replyById(deps.db, replyId);
    const outcome = await claimTarget(deps, {
      member,
      target: parseTarget(email, deps.directory.accounts),
      reason: 'prospecting',
      note: clip(`referred in a reply from ${reply?.from ?? 'a prospect'}`, 200),
    });
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      ...claimOutcomeMessage(outcome, deps.directory.nameOf, deps.directory.timezoneOf(member)),
    });
  };
