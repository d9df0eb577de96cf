import { auditModel } from '../../src/store/audit.js';
import { claimModel, liveClaim } from '../../src/store/claims.js';
import { escalationModel } from '../../src/store/escalations.js';
import { openDisputeIn } from '../support/dispute.js';
import { databaseUri, postApi, startTestApp, type TestApp } from '../support/harness.js';
import { people, testPolicy } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

/**
 * People leave. Ben (Maya's colleague, Maya his backup) and Priya work, then the policy marks
 * Ben `left` and drops Priya altogether; the app restarts with it. The minute sweep hands
 * their work over: Ben's to Maya, Priya's to the fallback owner (Lea), and the account Ben held
 * in a dispute to its challenger (John).
 */
const uri = databaseUri('leavers');
const BEN = 'U05BEN';
const ben = {
  slack: BEN,
  name: 'Ben Cole',
  email: 'ben@ourco.io',
  roles: ['rep'],
  team: 'east',
  backup: people.maya,
};
const before = testPolicy();
before.members.push({ ...ben, roles: ['rep'], away: [] } as (typeof before.members)[number]);
const today = new Date().toISOString().slice(0, 10);
const after = testPolicy();
after.members.push({ ...ben, roles: ['rep'], away: [], left: today } as (typeof after.members)[number]);
after.members.splice(
  after.members.findIndex((m) => m.slack === people.priya),
  1,
);

let first: TestApp;
let second: TestApp | undefined;
afterAll(() => second?.stop());

test('when a member leaves or is dropped from the policy, then their claims go to their backup or the fallback owner with an audit entry and a DM, their dispute to the challenger, and RevOps hears of their sequences', async () => {
  first = await startTestApp('leavers', { policy: before, config: { mongodbUri: uri } });
  await first.command(BEN, '/claim', 'benco.io active_sequence');
  await first.command(BEN, '/claim', 'bensecond.io');
  await first.command(people.priya, '/claim', 'priya.io');
  await postApi(first, '/activities', {
    type: 'sequence_start',
    email: 'dana@benco.io',
    member: BEN,
    sequence: 'Ben Q4',
  });
  // Ben holds a disputed account: John asked for a handoff.
  const dispute = await openDisputeIn(first, 'contested.io', { holder: BEN });
  await first.stop({ keepData: true });

  second = await startTestApp('leavers', { policy: after, config: { mongodbUri: uri } });
  const db = second.app.deps.db;
  await waitUntil(async () => (await liveClaim(db, 'account:priya.io'))?.owner === people.lea);

  expect((await liveClaim(db, 'account:benco.io'))?.owner).toBe(people.maya);
  expect((await liveClaim(db, 'account:benco.io'))?.reason).toBe('active_sequence');
  expect((await liveClaim(db, 'account:bensecond.io'))?.owner).toBe(people.maya);
  const trail = await auditModel(db).find({ key: 'account:benco.io' }).sort({ at: 1 }).lean();
  expect(trail.map((e) => e.kind)).toEqual(expect.arrayContaining(['transfer', 'handover']));
  expect(trail.find((e) => e.kind === 'handover')?.reason).toBe('inherited from Ben Cole, who left');

  const dm = await second.slack.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === people.maya && String(c.args.text).startsWith('You inherited 2 claim'),
  );
  expect(JSON.stringify(dm.args.blocks)).toContain('*benco.io* (active sequence), last contact');
  await second.slack.waitForCall(
    'chat.postMessage',
    (c) =>
      c.args.channel === 'C03REVOPS' &&
      String(c.args.text).startsWith('Sequences still running for Ben Cole'),
  );

  await waitUntil(async () => (await escalationModel(db).findById(dispute).lean())?.state === 'decided');
  const decided = await escalationModel(db).findById(dispute).lean();
  expect(decided?.decision).toMatchObject({ outcome: 'handover', rationale: 'Ben Cole left the team' });
  expect((await liveClaim(db, 'account:contested.io'))?.owner).toBe(people.john);
  // Exactly once: the next sweeps find nothing more to move.
  expect(await claimModel(db).countDocuments({ domain: 'benco.io', status: 'active' })).toBe(1);
});

test('when a lead asks for a member’s claims, then they are listed without buttons; a rep may not look', async () => {
  const s = second as TestApp;
  const lea = await s.command(people.lea, '/claims', `<@${people.maya}|maya>`);
  expect(String(lea.args.text)).toMatch(/^Maya Klein's claims \(\d+\)$/);
  expect(JSON.stringify(lea.args.blocks)).not.toContain('action_id');
  const rep = await s.command(people.sam, '/claims', 'Maya Klein');
  expect(String(rep.args.text)).toContain("Only Maya Klein's team lead and RevOps");
});

test('when RevOps reassigns all of a member’s claims with a note, then each moves once to the new owner, who gets one DM, and the history keeps the note', async () => {
  const s = second as TestApp;
  const db = s.app.deps.db;
  const listed = await s.command(people.rita, '/claims', `<@${people.maya}|maya>`);
  const button = JSON.stringify(listed.args.blocks).match(
    /"action_id":"claims_reassign_all","value":"(U[0-9A-Z]+)"/,
  );
  expect(button?.[1]).toBe(people.maya);
  const before = await claimModel(db).countDocuments({ owner: people.maya, status: 'active' });
  expect(before).toBeGreaterThan(0);

  await s.requests.blockAction(
    people.rita,
    { action_id: 'claims_reassign_all', value: people.maya },
    { channel: 'C0GENERAL', messageTs: '1.1', ephemeral: true },
  );
  const modal = await s.slack.waitForCall(
    'views.open',
    (c) => (c.args.view as { callback_id: string }).callback_id === 'claims_reassign_all_modal',
  );
  const view = modal.args.view as Record<string, unknown>;
  const form = (to: string, note: string) => ({
    new_owner: { new_owner_select: { type: 'users_select', selected_user: to } },
    note: { note_input: { type: 'plain_text_input', value: note } },
  });
  const noNote = await s.requests.viewSubmission(people.rita, view, form(people.john, ''));
  expect(await noNote.json()).toMatchObject({
    response_action: 'errors',
    errors: { note: expect.any(String) },
  });

  const ok = await s.requests.viewSubmission(
    people.rita,
    view,
    form(people.john, 'Maya moves to partnerships'),
  );
  expect(ok.status).toBe(200);
  await waitUntil(
    async () => (await claimModel(db).countDocuments({ owner: people.maya, status: 'active' })) === 0,
  );
  expect(
    await claimModel(db).countDocuments({ owner: people.john, status: 'active', domain: 'benco.io' }),
  ).toBe(1);
  await s.slack.waitForCall(
    'chat.postMessage',
    (c) => c.args.channel === people.john && String(c.args.text).startsWith(`You inherited ${before} claim`),
  );
  const handover = await auditModel(db)
    .findOne({ kind: 'handover', key: 'account:benco.io', 'after.owner': people.john })
    .lean();
  expect(handover?.reason).toBe('reassigned from Maya Klein by Rita Vogel: Maya moves to partnerships');
});
