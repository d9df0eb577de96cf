import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { AppError } from '../../errors.js';
import { actOnConflict } from '../../usecases/conflict-actions.js';
import { openEscalation } from '../../usecases/escalation.js';
import { notify } from '../../usecases/notify.js';
import { conflictResolvedMessage } from '../../views/conflict.js';
import { escalationFields } from '../../views/ids.js';
import { formatWhen } from '../../views/text.js';
import { requireMember } from '../members.js';
import { flattenState } from './state.js';

const metadata = z.object({
  alertId: z.string().regex(/^[a-f0-9]{24}$/),
  channel: z.string().optional(),
  ts: z.string().optional(),
});

/** The handoff reason is in: the alert records it once, and the dispute opens (tier 1). */
export const handoffModalSubmit =
  (deps: Deps) =>
  async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    const member = requireMember(deps.directory, body.user.id);
    const reason = flattenState(view.state.values)[escalationFields.reason.block] ?? '';
    const meta = metadata.safeParse(
      (() => {
        try {
          return JSON.parse(view.private_metadata);
        } catch {
          return undefined;
        }
      })(),
    );
    if (!reason) {
      await ack({
        response_action: 'errors',
        errors: { [escalationFields.reason.block]: 'Say in one line why it should be yours.' },
      });
      return;
    }
    if (!meta.success)
      throw new AppError('stale_action', 'This form is out of date. Press Ask for handoff again.');
    await ack();
    const tz = deps.directory.timezoneOf(member);
    const result = await actOnConflict(deps, meta.data.alertId, member, 'handoff_requested');
    if (result.kind === 'situation_changed') {
      await notify(deps, { channel: member.slack, text: result.now });
      return;
    }
    const { escalation, opened } = await openEscalation(deps, meta.data.alertId, member, reason);
    const extra = opened
      ? `The account is under review; decision due ${formatWhen(escalation.dueAt, tz)}. Your sequences are paused meanwhile.`
      : 'A dispute on this account is already open; it continues there.';
    if (meta.data.channel && meta.data.ts) {
      await client.chat.update({
        channel: meta.data.channel,
        ts: meta.data.ts,
        ...conflictResolvedMessage(
          result.alert.label,
          'handoff_requested',
          result.kind === 'done' ? result.at : result.at,
          tz,
          extra,
        ),
      });
    }
  };
