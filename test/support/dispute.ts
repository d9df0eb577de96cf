import { escalationModel } from '../../src/store/escalations.js';
import { conflictActions, escalationFields, escalationModals } from '../../src/views/ids.js';
import type { TestApp } from './harness.js';
import { people } from './policy.js';
import { waitUntil } from './wait.js';

export const valueIn = (blocks: unknown, actionId: string) =>
  (JSON.stringify(blocks).match(new RegExp(`"action_id":"${actionId}","value":"([a-f0-9]+)"`)) ??
    [])[1] as string;

/**
 * Sam (or `holder`) holds `domain`; the challenger (John unless named) runs into it and asks
 * for a handoff with a reason and, optionally, the contacts they would take if co-owned.
 * Returns the escalation id.
 */
export async function openDisputeIn(
  t: TestApp,
  domain: string,
  {
    challenger = people.john as string,
    contacts = '',
    holder = people.sam as string,
    /** The tier it opens at (a VIP account's opens at the lead's). */
    tier = 'Tier 1',
  } = {},
): Promise<string> {
  await t.command(holder, '/claim', domain);
  await t.command(challenger, '/claim', domain);
  const alert = await t.slack.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === challenger && String(c.args.text).startsWith(`${domain} is claimed`),
  );
  const alertTs = t.slack.conversation(`D${challenger}`).find((m) => m.text === alert.args.text)
    ?.ts as string;
  await t.requests.blockAction(
    challenger,
    { action_id: conflictActions.handoff, value: valueIn(alert.args.blocks, conflictActions.handoff) },
    { channel: `D${challenger}`, messageTs: alertTs },
  );
  const modal = await t.slack.waitForCall(
    'views.open',
    (c) =>
      (c.args.view as { callback_id: string }).callback_id === escalationModals.handoff &&
      String((c.args.view as { private_metadata: string }).private_metadata).includes(alertTs),
  );
  const res = await t.requests.viewSubmission(challenger, modal.args.view as Record<string, unknown>, {
    [escalationFields.reason.block]: {
      [escalationFields.reason.action]: { type: 'plain_text_input', value: 'I booked a demo with their CTO' },
    },
    [escalationFields.contacts.block]: {
      [escalationFields.contacts.action]: { type: 'plain_text_input', value: contacts },
    },
  });
  expect(res.status).toBe(200);
  let id = '';
  await waitUntil(async () => {
    const e = await escalationModel(t.app.deps.db).findOne({ domain }).lean();
    id = e?._id.toHexString() ?? '';
    return (
      !!id &&
      t.slack
        .callsTo('chat.postMessage')
        .some((c) => c.ok && String(c.args.text).startsWith(`Dispute over ${domain}: ${tier}`))
    );
  });
  return id;
}

export const pressIn = (t: TestApp, user: string, actionId: string, id: string) =>
  t.requests.blockAction(
    user,
    { action_id: actionId, value: id },
    { channel: 'G-DISPUTE', messageTs: '1.1' },
  );
