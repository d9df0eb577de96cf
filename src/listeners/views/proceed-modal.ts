import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { AppError } from '../../errors.js';
import { actOnConflict } from '../../usecases/conflict-actions.js';
import { conflictResultMessage } from '../../views/conflict.js';
import { fields } from '../../views/ids.js';
import { escapeMrkdwn, slackWhen } from '../../views/text.js';
import { requireMember } from '../members.js';
import { flattenState } from './state.js';

const metadata = z.object({
  alertId: z.string().regex(/^[a-f0-9]{24}$/),
  channel: z.string().optional(),
  ts: z.string().optional(),
});

/** Proceed anyway, with why: recorded once, the owner told, the alert edited to say so. */
export const proceedModalSubmit =
  (deps: Deps) =>
  async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    const member = requireMember(deps.directory, body.user.id);
    const why = (flattenState(view.state.values)[fields.proceedWhy.block] ?? '').trim();
    if (!why) {
      await ack({
        response_action: 'errors',
        errors: { [fields.proceedWhy.block]: 'Say why you write to it anyway; the owner will read it.' },
      });
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(view.private_metadata || '{}');
    } catch {
      raw = undefined;
    }
    const meta = metadata.safeParse(raw);
    if (!meta.success)
      throw new AppError('stale_action', 'This form is out of date. Press Proceed anyway again.');
    await ack();
    const tz = deps.directory.timezoneOf(member);
    const result = await actOnConflict(deps, meta.data.alertId, member, 'proceeded', why);
    const message = conflictResultMessage(
      result,
      tz,
      'alert' in result ? `${escapeMrkdwn(deps.directory.nameOf(result.alert.owner))} was told why.` : '',
    );
    if (meta.data.channel && meta.data.ts)
      await client.chat.update({ channel: meta.data.channel, ts: meta.data.ts, ...message });
    if (result.kind === 'already_done')
      await client.chat.postEphemeral({
        channel: meta.data.channel ?? member.slack,
        user: member.slack,
        text: `Already done: ${result.outcome.replace(/_/g, ' ')} on ${slackWhen(result.at, tz)}. Nothing else changed.`,
      });
  };
