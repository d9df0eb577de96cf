import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { AppError } from '../../errors.js';
import { notify } from '../../usecases/notify.js';
import { reassign } from '../../usecases/reply-actions.js';
import { replyFields } from '../../views/ids.js';
import { requireMember } from '../members.js';
import { flattenState } from './state.js';

const metadata = z.object({ replyId: z.string().min(1).max(1000) });

/** Reassign: someone in the policy and a reason, checked on the fields; moved once. */
export const reassignModalSubmit =
  (deps: Deps) =>
  async ({ ack, view, body }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    const member = requireMember(deps.directory, body.user.id);
    let replyId: string;
    try {
      replyId = metadata.parse(JSON.parse(view.private_metadata)).replyId;
    } catch {
      throw new AppError('stale_action', 'This form is out of date. Press Reassign again.');
    }
    const form = flattenState(view.state.values);
    const to = form[replyFields.member.block] ?? '';
    const reason = form[replyFields.reason.block] ?? '';
    const errors: Record<string, string> = {};
    if (!deps.directory.member(to))
      errors[replyFields.member.block] = 'Pick someone in the policy file (ask RevOps to add them).';
    if (!reason) errors[replyFields.reason.block] = 'Say why, in a line: the new owner sees it.';
    if (Object.keys(errors).length) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const moved = await reassign(deps, replyId, member, to, reason);
    if (!moved)
      await notify(deps, {
        channel: member.slack,
        text: 'That reply had already moved on. Your reassignment changed nothing.',
      });
  };
