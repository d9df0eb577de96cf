import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { AppError } from '../../errors.js';
import type { Member } from '../../policy/schema.js';
import { claimById } from '../../store/claims.js';
import { conflictById } from '../../store/conflicts.js';
import { actOnConflict } from '../../usecases/conflict-actions.js';
import { claimToDispute, namedContacts, openEscalation } from '../../usecases/escalation.js';
import { notify } from '../../usecases/notify.js';
import { conflictResolvedMessage } from '../../views/conflict.js';
import { escalationFields } from '../../views/ids.js';
import { slackWhen } from '../../views/text.js';
import { requireMember } from '../members.js';
import { flattenState } from './state.js';

const objectId = z.string().regex(/^[a-f0-9]{24}$/);
const metadata = z.union([
  z.object({ alertId: objectId, channel: z.string().optional(), ts: z.string().optional() }),
  z.object({ claimId: objectId }),
]);

function parseMetadata(raw: string) {
  try {
    return metadata.parse(JSON.parse(raw));
  } catch {
    throw new AppError('stale_action', 'This form is out of date. Press Ask for handoff again.');
  }
}

/** The handoff reason is in: the dispute opens (tier 1); from an alert, the alert records it once. */
export const handoffModalSubmit =
  (deps: Deps) =>
  async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>) => {
    const member = requireMember(deps.directory, body.user.id);
    const form = flattenState(view.state.values);
    const reason = form[escalationFields.reason.block] ?? '';
    const meta = parseMetadata(view.private_metadata);
    if (!reason) {
      await ack({
        response_action: 'errors',
        errors: { [escalationFields.reason.block]: 'Say in one line why it should be yours.' },
      });
      return;
    }
    const domain = await disputedDomain(deps, meta);
    let contacts: string[];
    try {
      contacts = namedContacts(form[escalationFields.contacts.block] ?? '', domain);
    } catch (e) {
      await ack({
        response_action: 'errors',
        errors: { [escalationFields.contacts.block]: e instanceof Error ? e.message : String(e) },
      });
      return;
    }
    await ack();
    if ('claimId' in meta) {
      const claim = await claimToDispute(deps, meta.claimId, member);
      const { escalation, opened } = await openEscalation(deps, claim, member, reason, contacts);
      await notify(deps, { channel: member.slack, text: openedText(deps, member, escalation.dueAt, opened) });
      return;
    }
    const result = await actOnConflict(deps, meta.alertId, member, 'handoff_requested');
    if (result.kind === 'situation_changed') {
      await notify(deps, { channel: member.slack, text: result.now });
      return;
    }
    const claim = await claimById(deps.db, result.alert.claimId.toHexString());
    if (!claim) throw new AppError('stale_action', `${result.alert.label} is no longer claimed.`);
    const { escalation, opened } = await openEscalation(deps, claim, member, reason, contacts);
    if (meta.channel && meta.ts) {
      await client.chat.update({
        channel: meta.channel,
        ts: meta.ts,
        ...conflictResolvedMessage(
          result.alert.label,
          'handoff_requested',
          result.at,
          deps.directory.timezoneOf(member),
          openedText(deps, member, escalation.dueAt, opened),
        ),
      });
    }
  };

async function disputedDomain(deps: Deps, meta: z.infer<typeof metadata>): Promise<string> {
  const alert = 'alertId' in meta ? await conflictById(deps.db, meta.alertId) : undefined;
  const claimId = 'claimId' in meta ? meta.claimId : alert?.claimId.toHexString();
  const claim = claimId ? await claimById(deps.db, claimId) : undefined;
  if (!claim) throw new AppError('stale_action', 'That claim no longer exists.');
  return claim.domain;
}

const openedText = (deps: Deps, member: Member, dueAt: Date, opened: boolean) =>
  opened
    ? `The account is under review; decision due ${slackWhen(dueAt, deps.directory.timezoneOf(member))}. Your sequences are paused meanwhile.`
    : 'A dispute on this account is already open; it continues there.';
