import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import { weeklyReview } from '../../src/jobs/weekly-review.js';
import { activityModel } from '../../src/store/activities.js';
import { auditModel } from '../../src/store/audit.js';
import { claimLockModel, claimModel, liveClaim } from '../../src/store/claims.js';
import { accountDecisionModel } from '../../src/store/decision-log.js';
import { escalationModel, reviewLockModel } from '../../src/store/escalations.js';
import { recordActivity } from '../../src/usecases/activity.js';
import { ESCALATION_RECHECK } from '../../src/usecases/escalation-decision.js';
import { escalationActions, escalationFields, escalationModals, opsFields } from '../../src/views/ids.js';
import { openDisputeIn, pressIn, valueIn } from '../support/dispute.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';
import { eventually, waitUntil } from '../support/wait.js';

/** The sequencer: records every pause/resume the app asks for. */
const hookCalls: { action: string; member: { slack: string }; target: string }[] = [];
const hook = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    hookCalls.push(JSON.parse(body));
    res.end('ok');
  });
});

let t: TestApp;
beforeAll(async () => {
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/sequences`;
  t = await startTestApp('escalation_decisions', {
    config: { sequenceWebhook: { url, secret: 'sequence-webhook-secret-123' } },
  });
});
afterAll(async () => {
  await t.stop();
  hook.close();
});

const db = () => t.app.deps.db;
const openDispute = (domain: string, options?: { challenger?: string; contacts?: string }) =>
  openDisputeIn(t, domain, options);
const press = (user: string, actionId: string, id: string) => pressIn(t, user, actionId, id);
const stateOf = async (id: string) => (await escalationModel(db()).findById(id).lean())?.state;
const answerTo = (user: string, includes: string) =>
  t.slack.waitForCall('response_url', (c) => c.args.user === user && String(c.args.text).includes(includes));
const berlinDate = (daysFromNow: number) =>
  DateTime.now().setZone('Europe/Berlin').plus({ days: daysFromNow }).toISODate() as string;

/** Drives a dispute to RevOps: the reps ask the lead, John's lead sends it on. */
async function toOps(domain: string): Promise<string> {
  const id = await openDispute(domain);
  await press(people.john, escalationActions.askLead, id);
  await waitUntil(async () => (await stateOf(id)) === 'lead');
  await press(people.tom, escalationActions.sendToOps, id);
  await waitUntil(async () => (await stateOf(id)) === 'ops');
  // RevOps decides from the post in their channel: it is there before anyone can press on it.
  await t.slack.waitForCall(
    'chat.postMessage',
    (c) => c.ok && c.args.channel === 'C03REVOPS' && String(c.args.text).includes(domain),
  );
  return id;
}

async function openOpsModal(id: string): Promise<Record<string, unknown>> {
  const before = t.slack.callsTo('views.open').length;
  await press(people.rita, escalationActions.opsDecide, id);
  const call = await t.slack.waitForCall(
    'views.open',
    (c) =>
      t.slack.callsTo('views.open').indexOf(c) >= before &&
      (c.args.view as { callback_id: string }).callback_id === escalationModals.opsDecision,
  );
  return call.args.view as Record<string, unknown>;
}

type Form = Partial<Record<keyof typeof opsFields, string>>;
const select = (value: string) => ({ type: 'static_select', selected_option: { value } });
function opsValues(form: Form) {
  const f = opsFields;
  const v = (key: keyof typeof opsFields, value: Record<string, unknown>) => ({
    [f[key].block]: { [f[key].action]: value },
  });
  return {
    ...v('owner', form.owner ? select(form.owner) : { type: 'static_select', selected_option: null }),
    ...v('sender', form.sender ? select(form.sender) : { type: 'static_select', selected_option: null }),
    ...v('pauser', form.pauser ? select(form.pauser) : { type: 'static_select', selected_option: null }),
    ...v('until', { type: 'datepicker', selected_date: form.until ?? null }),
    ...v('mergeNotes', { type: 'radio_buttons', selected_option: { value: form.mergeNotes ?? 'no' } }),
    ...v('recheck', { type: 'datepicker', selected_date: form.recheck ?? null }),
    ...v('rationale', { type: 'plain_text_input', value: form.rationale ?? '' }),
    ...v('ruleChange', { type: 'plain_text_input', value: form.ruleChange ?? '' }),
  };
}

describe('tier 2: the lead decides in the thread', () => {
  test('when the reps ask the lead, then the buttons are in a thread reply under the lead-channel message, and approving there hands it over and edits both', async () => {
    const id = await openDispute('thread.io');
    await press(people.sam, escalationActions.askLead, id);
    await waitUntil(() =>
      t.slack.conversation('C01EASTLEADS').some((m) => m.text.startsWith('Dispute over thread.io: Tier 2')),
    );
    const parent = t.slack
      .conversation('C01EASTLEADS')
      .find((m) => m.text.startsWith('Dispute over thread.io: Tier 2'));
    expect(JSON.stringify(parent?.blocks)).not.toContain(escalationActions.handover);
    await waitUntil(() =>
      t.slack.conversation('C01EASTLEADS').some((m) => m.thread_ts === parent?.ts && !!m.blocks),
    );
    const reply = t.slack.conversation('C01EASTLEADS').find((m) => m.thread_ts === parent?.ts);
    expect(valueIn(reply?.blocks, escalationActions.handover)).toBe(id);

    const inThread = { channel: 'C01EASTLEADS', messageTs: reply?.ts as string };
    await t.requests.blockAction(people.maya, { action_id: escalationActions.handover, value: id }, inThread);
    await answerTo(people.maya, 'Only a lead');
    expect(await stateOf(id)).toBe('lead');

    await t.requests.blockAction(people.lea, { action_id: escalationActions.handover, value: id }, inThread);
    await waitUntil(
      async () => (await claimLockModel(db()).findById('account:thread.io').lean())?.owner === people.john,
    );
    // The parent keeps its evidence and states the outcome; the thread reply (where the
    // buttons were) points at it instead of saying it twice.
    const edits = (ts: string | undefined) =>
      t.slack.callsTo('chat.update').filter((c) => c.ok && c.args.ts === ts);
    await waitUntil(() => edits(parent?.ts).length > 0 && edits(reply?.ts).length > 0);
    const parentBlocks = JSON.stringify(edits(parent?.ts).at(-1)?.args.blocks);
    expect(parentBlocks).toContain('*Decided* by *Lea Brandt*');
    expect(parentBlocks).toContain('it is handed over');
    expect(parentBlocks).toContain('last outbound');
    expect(JSON.stringify(edits(reply?.ts).at(-1)?.args.blocks)).toContain(
      'the outcome is on the message above',
    );
    expect(JSON.stringify(edits(reply?.ts).at(-1)?.args.blocks)).not.toContain('"type":"actions"');
  });
});

describe('tier 3: the RevOps decision modal', () => {
  test('when someone without the ops role presses Decide…, then they are refused and no form opens', async () => {
    const id = await toOps('opsonly.io');
    const opens = t.slack.callsTo('views.open').length;
    await press(people.lea, escalationActions.opsDecide, id);
    await answerTo(people.lea, 'Only RevOps');
    expect(t.slack.callsTo('views.open')).toHaveLength(opens);
    expect(await stateOf(id)).toBe('ops');
  });

  test('when the form has no rationale and the same rep sends and pauses, then the fields say so and nothing is decided', async () => {
    const id = await toOps('opsform.io');
    const view = await openOpsModal(id);
    // Slack adds "(optional)" to an optional field's label itself: the labels do not say it again.
    expect(JSON.stringify(view)).toContain('"optional":true');
    expect(JSON.stringify(view)).not.toMatch(/\(optional\)/i);
    const res = await t.requests.viewSubmission(
      people.rita,
      view,
      opsValues({ owner: 'keep', sender: people.sam, pauser: people.sam, until: berlinDate(5) }),
    );
    const body = res.json() as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors).sort()).toEqual(
      [opsFields.pauser.block, opsFields.rationale.block, opsFields.until.block].sort(),
    );
    expect(await stateOf(id)).toBe('ops');
  });

  test('when RevOps transfers until a date with merged notes, a recheck and a rule change, then all of it lands once, even if the form is sent twice', async () => {
    const id = await toOps('opsdecide.io');
    const view = await openOpsModal(id);
    const until = berlinDate(10);
    const values = opsValues({
      owner: 'handover',
      until,
      sender: people.john,
      pauser: people.sam,
      mergeNotes: 'yes',
      recheck: berlinDate(3),
      rationale: 'John has the meeting with their CTO <!channel>',
      ruleChange: 'West enterprise accounts should route by HQ',
    });
    const [first, second] = await Promise.all([
      t.requests.viewSubmission(people.rita, view, values),
      t.requests.viewSubmission(people.rita, view, values),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    await waitUntil(async () => (await stateOf(id)) === 'decided');
    await waitUntil(async () => !!(await liveClaim(db(), 'account:opsdecide.io'))?.owner.startsWith('U03'));

    const claim = await liveClaim(db(), 'account:opsdecide.io');
    expect(claim?.owner).toBe(people.john);
    expect(DateTime.fromJSDate(claim?.expiresAt as Date, { zone: 'Europe/Berlin' }).toISODate()).toBe(until);
    expect(claim?.note).toContain('I booked a demo with their CTO');
    // The decision's effects land one after another after the answer: wait for each.
    await eventually(async () =>
      expect(await auditModel(db()).countDocuments({ key: 'account:opsdecide.io', kind: 'transfer' })).toBe(
        1,
      ),
    );
    await eventually(async () =>
      expect(await accountDecisionModel(db()).find({ domain: 'opsdecide.io' }).lean()).toEqual([
        expect.objectContaining({
          outcome: 'handover',
          by: people.rita,
          sender: people.john,
          pauser: people.sam,
        }),
      ]),
    );
    await waitUntil(
      async () => (await reviewLockModel(db()).findById('account:opsdecide.io').lean()) === null,
    );
    const rechecks = async () =>
      (await t.app.deps.jobs.agenda.queryJobs({ name: ESCALATION_RECHECK })).jobs.filter(
        (j) => (j.data as { escalationId: string }).escalationId === id,
      );
    await waitUntil(async () => (await rechecks()).length > 0);
    await t.slack.waitForCall(
      'chat.update',
      (c) => c.args.channel === 'C03REVOPS' && String(c.args.text) === 'Dispute over opsdecide.io: decided',
    );
    const edited = t.slack
      .callsTo('chat.update')
      .find((c) => c.args.channel === 'C03REVOPS' && String(c.args.text).includes('opsdecide.io'));
    expect(JSON.stringify(edited?.args.blocks)).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(edited?.args.blocks)).not.toContain('<!channel>');

    expect(await rechecks()).toHaveLength(1);
    const review = await weeklyReview(t.app.deps);
    expect(review.ruleChanges.map((d) => d.ruleChange)).toEqual([
      'West enterprise accounts should route by HQ',
    ]);
    const check = await t.command(people.maya, '/check', 'opsdecide.io');
    expect(JSON.stringify(check.args.blocks)).toContain('Decision log');
  });
});

describe('Escalate from /check, and co-owning', () => {
  test('when a rep checks an account someone else holds, then Escalate opens the handoff form; co-own gives them only the named contacts', async () => {
    await t.command(people.sam, '/claim', 'coown.io');
    const check = await t.command(people.priya, '/check', 'coown.io');
    const claimId = valueIn(check.args.blocks, escalationActions.escalate);
    expect(claimId).toMatch(/^[a-f0-9]{24}$/);

    await t.requests.blockAction(
      people.priya,
      { action_id: escalationActions.escalate, value: claimId },
      { channel: `D${people.priya}`, messageTs: '1.1', ephemeral: true },
    );
    const modal = await t.slack.waitForCall('views.open', (c) =>
      String((c.args.view as { private_metadata: string }).private_metadata).includes(claimId),
    );
    const submit = (contacts: string) =>
      t.requests.viewSubmission(people.priya, modal.args.view as Record<string, unknown>, {
        [escalationFields.reason.block]: {
          [escalationFields.reason.action]: { type: 'plain_text_input', value: 'Their CFO asked for me' },
        },
        [escalationFields.contacts.block]: {
          [escalationFields.contacts.action]: { type: 'plain_text_input', value: contacts },
        },
      });
    const bad = (await submit('cfo@coown.io, someone@elsewhere.com')).json() as {
      errors: Record<string, string>;
    };
    expect(bad.errors[escalationFields.contacts.block]).toContain('someone@elsewhere.com');
    expect(await escalationModel(db()).countDocuments({ domain: 'coown.io' })).toBe(0);

    expect((await submit('CFO@coown.io')).status).toBe(200);
    let id = '';
    await waitUntil(async () => {
      id = (await escalationModel(db()).findOne({ domain: 'coown.io' }).lean())?._id.toHexString() ?? '';
      return !!id;
    });
    expect(await escalationModel(db()).findById(id).lean()).toMatchObject({
      challenger: people.priya,
      contacts: ['cfo@coown.io'],
    });

    await press(people.priya, escalationActions.coOwn, id);
    await answerTo(people.priya, 'Waiting for Sam Ortiz');
    await press(people.sam, escalationActions.coOwn, id);
    await waitUntil(async () => (await liveClaim(db(), 'contact:cfo@coown.io'))?.owner === people.priya);
    expect((await liveClaim(db(), 'account:coown.io'))?.owner).toBe(people.sam);

    // Writing to her own named contact is no conflict; writing to another contact still is.
    const priya = t.app.deps.directory.member(people.priya);
    if (!priya) throw new Error('Priya is in the test policy');
    const at = new Date();
    const own = await recordActivity(t.app.deps, {
      type: 'outbound_email',
      member: priya,
      at,
      target: { level: 'contact', domain: 'coown.io', email: 'cfo@coown.io', key: 'contact:cfo@coown.io' },
    });
    expect(own.conflict).toBeUndefined();
    const other = await recordActivity(t.app.deps, {
      type: 'outbound_email',
      member: priya,
      at,
      target: { level: 'contact', domain: 'coown.io', email: 'ceo@coown.io', key: 'contact:ceo@coown.io' },
    });
    expect(other.conflict).toBeDefined();
  });
});

describe('sequences follow the decision', () => {
  test('when a dispute opens and is then handed over, then the challenger is paused, and after it the holder is paused and the challenger resumed (recorded and sent to the sequencer)', async () => {
    const id = await openDispute('seq.io');
    await waitUntil(() => hookCalls.some((c) => c.target === 'seq.io' && c.member.slack === people.john));
    expect(hookCalls.filter((c) => c.target === 'seq.io')).toEqual([
      expect.objectContaining({ action: 'pause', member: expect.objectContaining({ slack: people.john }) }),
    ]);

    await press(people.sam, escalationActions.handover, id);
    await answerTo(people.sam, 'Waiting for John Reed');
    await press(people.john, escalationActions.handover, id);
    await waitUntil(() => hookCalls.filter((c) => c.target === 'seq.io').length === 3);
    expect(
      hookCalls.filter((c) => c.target === 'seq.io').map((c) => `${c.action} ${c.member.slack}`),
    ).toEqual([`pause ${people.john}`, `pause ${people.sam}`, `resume ${people.john}`]);
    await eventually(async () => {
      const recorded = await activityModel(db())
        .find({ domain: 'seq.io', type: { $in: ['sequence_pause', 'sequence_resume'] } })
        .sort({ recordedAt: 1 })
        .lean();
      expect(recorded.map((a) => `${a.type} ${a.member}`)).toEqual([
        `sequence_pause ${people.john}`,
        `sequence_pause ${people.sam}`,
        `sequence_resume ${people.john}`,
      ]);
    });
    await eventually(async () =>
      expect((await claimModel(db()).findOne({ domain: 'seq.io', status: 'active' }).lean())?.owner).toBe(
        people.john,
      ),
    );
  });
});

describe('both reps agree at the same moment', () => {
  test('when Sam and John press Hand over together, then the dispute is decided once and John owns it', async () => {
    const id = await openDispute('together.io');
    await Promise.all([
      press(people.sam, escalationActions.handover, id),
      press(people.john, escalationActions.handover, id),
    ]);
    await waitUntil(async () => (await stateOf(id)) === 'decided');
    const e = await escalationModel(db()).findById(id).lean();
    expect(e?.decision?.outcome).toBe('handover');
    await eventually(async () =>
      expect(
        (await claimModel(db()).findOne({ domain: 'together.io', status: 'active' }).lean())?.owner,
      ).toBe(people.john),
    );
  });
});
