import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { AppError } from '../../errors.js';
import { reassignAll } from '../../usecases/hand-over.js';
import { notify } from '../../usecases/notify.js';
import { fields } from '../../views/ids.js';
import { requireMember } from '../members.js';
import { flattenState } from './state.js';

const metadata = z.object({ from: z.string().min(1).max(40) });

/** Reassign all: someone still on the team and a note, checked on the fields; each claim moved once. */
export const reassignAllModalSubmit =
  (deps: Deps) =>
  async ({ ack, view, body }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    const member = requireMember(deps.directory, body.user.id);
    let from: string;
    try {
      from = metadata.parse(JSON.parse(view.private_metadata)).from;
    } catch {
      throw new AppError('stale_action', 'This form is out of date. Press Reassign all again.');
    }
    const form = flattenState(view.state.values);
    const to = deps.directory.member(form[fields.newOwner.block] ?? '');
    const note = (form[fields.note.block] ?? '').trim();
    const errors: Record<string, string> = {};
    if (!to || deps.directory.hasLeft(to, deps.clock.now()))
      errors[fields.newOwner.block] = 'Pick someone on the team (in the policy file, not marked left).';
    else if (to.slack === from) errors[fields.newOwner.block] = 'They own them already: pick someone else.';
    if (!note) errors[fields.note.block] = 'Say why, in a line: the new owner and the history see it.';
    if (!member.roles.includes('ops'))
      errors[fields.note.block] = 'Only RevOps can reassign all of someone’s claims.';
    if (Object.keys(errors).length || !to) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const moved = await reassignAll(deps, member, from, to, note);
    await notify(deps, {
      channel: member.slack,
      text: `Moved ${moved} of ${deps.directory.nameOf(from)}'s claims to ${to.name}.`,
    });
  };
