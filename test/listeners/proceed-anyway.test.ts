import { auditModel } from '../../src/store/audit.js';
import { conflictActions, fields, modals } from '../../src/views/ids.js';
import { valueIn } from '../support/dispute.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';

/** A soft hold (the owner is only prospecting) may be overridden from the alert, with a reason on record. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('proceed_anyway');
});
afterAll(() => t.stop());

const alertFor = async (user: string, label: string) => {
  const alert = await t.slack.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === user && String(c.args.text).startsWith(`${label} is claimed`),
  );
  const ts = t.slack.conversation(`D${user}`).find((m) => m.text === alert.args.text)?.ts as string;
  return { alert, ts };
};

describe('Proceed anyway', () => {
  test('when the owner is only prospecting, then the challenger may proceed with a reason: the owner is told, the alert says so, the history keeps it', async () => {
    await t.command(people.sam, '/claim', 'soft.io prospecting');
    await t.command(people.maya, '/claim', 'soft.io');
    const { alert, ts } = await alertFor(people.maya, 'soft.io');
    const id = valueIn(alert.args.blocks, conflictActions.proceed);
    expect(id).toBeTruthy();

    await t.requests.blockAction(
      people.maya,
      { action_id: conflictActions.proceed, value: id },
      { channel: `D${people.maya}`, messageTs: ts },
    );
    const modal = await t.slack.waitForCall(
      'views.open',
      (c) => (c.args.view as { callback_id: string }).callback_id === modals.proceed,
    );
    const view = modal.args.view as Record<string, unknown>;
    const why = (value: string) => ({
      [fields.proceedWhy.block]: { [fields.proceedWhy.action]: { type: 'plain_text_input', value } },
    });
    const empty = await t.requests.viewSubmission(people.maya, view, why('  '));
    expect(await empty.json()).toMatchObject({ response_action: 'errors' });

    const ok = await t.requests.viewSubmission(people.maya, view, why('Their CTO asked me to send the deck'));
    expect(ok.status).toBe(200);
    const told = await t.slack.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === people.sam && String(c.args.text).startsWith('Maya Klein proceeded anyway'),
    );
    expect(JSON.stringify(told.args.blocks)).toContain('Their CTO asked me to send the deck');
    await t.slack.waitForCall(
      'chat.update',
      (c) => c.args.ts === ts && String(c.args.text).startsWith('You proceeded anyway on soft.io'),
    );
    const entry = await auditModel(t.app.deps.db).findOne({ kind: 'proceed', key: 'account:soft.io' }).lean();
    expect(entry).toMatchObject({ actor: people.maya, reason: 'Their CTO asked me to send the deck' });
    const history = await t.command(people.maya, '/check', 'soft.io history');
    expect(JSON.stringify(history.args.blocks)).toContain(
      'Maya Klein proceeded anyway on soft.io, held by Sam Ortiz',
    );
  });

  test('when the owner’s reason blocks others, then the alert has no Proceed anyway', async () => {
    await t.command(people.sam, '/claim', 'hard.io active_sequence');
    await t.command(people.john, '/claim', 'hard.io');
    const { alert } = await alertFor(people.john, 'hard.io');
    expect(JSON.stringify(alert.args.blocks)).not.toContain(conflictActions.proceed);
  });

  test('when a form is out of date or sent by someone not in the policy, then it answers at once with the error on the form, never a timeout', async () => {
    const view = {
      type: 'modal',
      callback_id: modals.proceed,
      private_metadata: '{"alertId":"not-an-id"}',
      blocks: [{ type: 'input', block_id: fields.proceedWhy.block, element: { type: 'plain_text_input' } }],
    };
    const why = {
      [fields.proceedWhy.block]: {
        [fields.proceedWhy.action]: { type: 'plain_text_input', value: 'a reason' },
      },
    };
    const stale = await t.requests.viewSubmission(people.maya, view, why);
    expect(stale.status).toBe(200);
    expect(await stale.json()).toEqual({
      response_action: 'errors',
      errors: { [fields.proceedWhy.block]: 'This form is out of date. Press Proceed anyway again.' },
    });
    const stranger = await t.requests.viewSubmission(people.stranger, view, why);
    expect(await stranger.json()).toMatchObject({
      response_action: 'errors',
      errors: {
        [fields.proceedWhy.block]: expect.stringMatching(/not in ClaimDesk's policy|not a member|policy/i),
      },
    });
  });
});
