import { auditModel } from '../../src/store/audit.js';
import { claimLockModel } from '../../src/store/claims.js';
import { escalationModel, reviewLockModel } from '../../src/store/escalations.js';
import { replyModel } from '../../src/store/replies.js';
import { ESCALATION_TIMEBOX, timeboxExpired } from '../../src/usecases/escalation.js';
import { evidence } from '../../src/usecases/escalation-evidence.js';
import { escalationActions } from '../../src/views/ids.js';
import { openDisputeIn, pressIn } from '../support/dispute.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { homeOf as openHome } from '../support/home.js';
import { people } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('escalation');
});
afterAll(() => t.stop());

const db = () => t.app.deps.db;
const openDispute = (domain: string) => openDisputeIn(t, domain);
const press = (user: string, actionId: string, id: string) => pressIn(t, user, actionId, id);

describe('three-tier escalation', () => {
  test('when the challenger asks for a handoff, then the account is under review for everyone but the holder, and tier 1 opens', async () => {
    await openDispute('review.io');
    expect(await reviewLockModel(db()).findById('account:review.io').lean()).toMatchObject({
      holder: people.sam,
    });
    const blocked = await t.command(people.priya, '/check', 'review.io');
    expect(String(blocked.args.text)).toBe('BLOCKED: review.io');
    expect(JSON.stringify(blocked.args.blocks)).toContain('Under review since');
    const holder = await t.command(people.sam, '/check', 'review.io');
    expect(String(holder.args.text)).toBe('CLEAR: review.io');
  });

  test('when both reps choose Hand over, then ownership moves (audited), review lifts, messages are edited and both are told', async () => {
    const id = await openDispute('handover.io');
    await press(people.sam, escalationActions.handover, id);
    await t.slack.waitForCall(
      'response_url',
      (c) => c.args.user === people.sam && String(c.args.text).includes('Waiting for John Reed'),
    );
    expect((await escalationModel(db()).findById(id).lean())?.state).toBe('rep');

    await press(people.john, escalationActions.handover, id);
    await waitUntil(async () => (await escalationModel(db()).findById(id).lean())?.state === 'decided');
    await waitUntil(
      async () => (await claimLockModel(db()).findById('account:handover.io').lean())?.owner === people.john,
    );
    expect(await auditModel(db()).countDocuments({ key: 'account:handover.io', kind: 'transfer' })).toBe(1);
    await waitUntil(
      async () => (await reviewLockModel(db()).findById('account:handover.io').lean()) === null,
    );
    // The group DM's message keeps its evidence, says the outcome once, and loses its buttons.
    const edited = await t.slack.waitForCall(
      'chat.update',
      (c) => String(c.args.text) === 'Dispute over handover.io: decided',
    );
    const blocks = JSON.stringify(edited.args.blocks);
    expect(blocks).toContain(`*Decided* by <@${people.john}>`);
    expect(blocks).toContain('it is handed over');
    expect(blocks).toContain('last outbound'); // the evidence pack
    expect(blocks).not.toContain('"type":"actions"');
    expect(blocks).not.toContain('Under review');
    expect(blocks.match(/Decided/g)).toHaveLength(1);
    // Each rep's DM speaks to them.
    const toJohn = await t.slack.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === people.john && String(c.args.text).includes('handed over'),
    );
    expect(String(toJohn.args.text)).toContain('*Decided* by you');
    expect(String(toJohn.args.text)).toContain('You write next; Sam Ortiz pauses.');
    const toSam = await t.slack.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === people.sam && String(c.args.text).includes('handed over'),
    );
    expect(String(toSam.args.text)).toContain('John Reed writes next; you pause.');
  });

  test('when the reps ask the lead, then only a lead of either team may decide; others are refused and nothing changes', async () => {
    const id = await openDispute('lead.io');
    await press(people.john, escalationActions.askLead, id);
    await t.slack.waitForCall(
      'chat.postMessage',
      (c) =>
        c.args.channel === 'C01EASTLEADS' && String(c.args.text).startsWith('Dispute over lead.io: Tier 2'),
    );

    await press(people.priya, escalationActions.keep, id);
    await t.slack.waitForCall(
      'response_url',
      (c) => c.args.user === people.priya && String(c.args.text).includes('Only a lead'),
    );
    expect((await escalationModel(db()).findById(id).lean())?.state).toBe('lead');

    await press(people.tom, escalationActions.keep, id); // John's lead: allowed
    await waitUntil(
      async () => (await escalationModel(db()).findById(id).lean())?.decision?.by === people.tom,
    );
    expect((await claimLockModel(db()).findById('account:lead.io').lean())?.owner).toBe(people.sam);
  });

  test('when the rep timebox expires twice at once and a late click arrives, then exactly one transition happens and the clicker is told', async () => {
    const id = await openDispute('timeout.io');
    await Promise.all([timeboxExpired(t.app.deps, id, 'rep'), timeboxExpired(t.app.deps, id, 'rep')]);
    const e = await escalationModel(db()).findById(id).lean();
    expect(e).toMatchObject({
      state: 'lead',
      interim: { sender: people.sam, pauser: people.john, why: 'holder_keeps' },
    });
    expect(
      t.slack
        .callsTo('chat.postMessage')
        .filter((c) => c.ok && String(c.args.text).startsWith('Dispute over timeout.io: Tier 2')),
    ).toHaveLength(1);

    // The tier-1 message says where it went and why, and has no buttons left to press ...
    const moved = await t.slack.waitForCall(
      'chat.update',
      (c) => String(c.args.text) === 'Dispute over timeout.io: went to the team lead',
    );
    const blocks = JSON.stringify(moved.args.blocks);
    expect(blocks).toContain('*Went to the team lead* in <#C01EASTLEADS>');
    expect(blocks).toContain(
      `no decision in time, so meanwhile <@${people.sam}> writes next; <@${people.john}> pauses`,
    );
    expect(blocks).not.toContain('"type":"actions"');
    // ... and a late press from a client that still shows them is told where the case is.
    await press(people.sam, escalationActions.askLead, id);
    await t.slack.waitForCall(
      'response_url',
      (c) => c.args.user === people.sam && String(c.args.text).includes('with the team lead now'),
    );

    // Real Agenda runs the lead and ops timeboxes: the ops default becomes final.
    await t.app.deps.jobs.agenda.now(ESCALATION_TIMEBOX, { escalationId: id, tier: 'lead' });
    await waitUntil(async () => (await escalationModel(db()).findById(id).lean())?.state === 'ops');
    await t.app.deps.jobs.agenda.now(ESCALATION_TIMEBOX, { escalationId: id, tier: 'ops' });
    await waitUntil(async () => (await escalationModel(db()).findById(id).lean())?.decision?.by === 'system');
    await waitUntil(async () => (await reviewLockModel(db()).findById('account:timeout.io').lean()) === null);
  });
});

describe('the Home tab', () => {
  const homeOf = (user: string) => openHome(t, user);

  test('when a dispute waits on the lead, then both reps see it as theirs, the lead as waiting on them, and others not at all', async () => {
    const id = await openDispute('home.io');
    await press(people.sam, escalationActions.askLead, id);
    await waitUntil(async () => (await escalationModel(db()).findById(id).lean())?.state === 'lead');

    expect(await homeOf(people.sam)).toMatch(
      /Your open disputes.*home\.io\*: Sam Ortiz vs John Reed, tier 2, team lead, due/,
    );
    expect(await homeOf(people.john)).toContain('Your open disputes');
    const lea = await homeOf(people.lea);
    expect(lea).toContain('Disputes waiting on you');
    expect(lea).toContain('home.io');
    const priya = await homeOf(people.priya);
    expect(priya).not.toContain('home.io');
  });
});

describe('replies are evidence', () => {
  test('when the challenger has a live conversation from the inbox, then the timebox default lets them write and the next tier shows the reply', async () => {
    const id = await openDispute('live.io');
    // A reply the inbox routed to John (say he owns that contact's thread): the live conversation.
    await replyModel(db()).create({
      _id: 'live-1@live.io',
      mailbox: 'INBOX',
      from: 'cfo@live.io',
      domain: 'live.io',
      to: ['sales@ourco.io'],
      subject: 'Re: intro',
      replyText: 'Yes, let us talk on Thursday.',
      references: [],
      receivedAt: new Date(),
      category: 'interested',
      flags: { priority: [] },
      signals: [],
      state: 'routed',
      owner: people.john,
      declinedBy: [],
      passes: 0,
    });
    await timeboxExpired(t.app.deps, id, 'rep');
    expect((await escalationModel(db()).findById(id).lean())?.interim).toMatchObject({
      sender: people.john,
      pauser: people.sam,
      why: 'recent_positive_signal',
    });
    // The evidence pack the next tier shows lists it on John's side.
    const e = await escalationModel(db()).findById(id).lean();
    if (!e) throw new Error('the dispute is stored');
    const pack = await evidence(t.app.deps, e);
    expect(pack.reps.find((r) => r.rep === people.john)?.replies).toEqual([
      expect.objectContaining({ category: 'interested' }),
    ]);
  });
});
