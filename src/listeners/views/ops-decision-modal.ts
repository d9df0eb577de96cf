import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { type OpsField, opsDecision } from '../../domain/escalation.js';
import { AppError } from '../../errors.js';
import { decideAsOps, opsDispute } from '../../usecases/escalation.js';
import { notify } from '../../usecases/notify.js';
import { outcomeText } from '../../views/escalation.js';
import { opsFields } from '../../views/ids.js';
import { requireMember } from '../members.js';
import { flattenState } from './state.js';

const metadata = z.object({ escalationId: z.string().regex(/^[a-f0-9]{24}$/) });

/** RevOps' decision: every field checked (errors on the field), then decided exactly once. */
export const opsDecisionSubmit =
  (deps: Deps) =>
  async ({ ack, view, body }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    const member = requireMember(deps.directory, body.user.id);
    let escalationId: string;
    try {
      escalationId = metadata.parse(JSON.parse(view.private_metadata)).escalationId;
    } catch {
      throw new AppError('stale_action', 'This form is out of date. Press Decide… again.');
    }
    const e = await opsDispute(deps, escalationId, member);
    const flat = flattenState(view.state.values);
    const form = Object.fromEntries(
      Object.entries(opsFields).map(([name, ids]) => [name, flat[ids.block]]),
    ) as Record<OpsField, string | undefined>;
    const { timezone } = deps.directory.policy;
    const today = DateTime.fromJSDate(deps.clock.now(), { zone: timezone }).toISODate() as string;
    const checked = opsDecision(form, e, today, (d) =>
      DateTime.fromISO(d, { zone: timezone }).endOf('day').toJSDate(),
    );
    if (!checked.ok) {
      const errors = Object.fromEntries(
        Object.entries(checked.errors).map(([name, text]) => [opsFields[name as OpsField].block, text]),
      );
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const answer = await decideAsOps(deps, escalationId, member, checked.decision);
    if (answer.kind !== 'decided') {
      const d = answer.kind === 'already' ? answer.escalation.decision : undefined;
      await notify(deps, {
        channel: member.slack,
        text: d
          ? `The dispute over ${e.domain} was already decided: ${outcomeText[d.outcome]}. Your form changed nothing.`
          : `The dispute over ${e.domain} is no longer with RevOps. Your form changed nothing.`,
      });
    }
  };
