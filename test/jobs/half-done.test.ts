import { Types } from 'mongoose';
import { decisionFor } from '../../src/domain/escalation.js';
import { sweepClaims } from '../../src/jobs/claims-sweep.js';
import { type AuditEvent, auditModel, recordAudit } from '../../src/store/audit.js';
import { endKey } from '../../src/store/claim-changes.js';
import { type Claim, claimLockModel, claimModel, liveClaim } from '../../src/store/claims.js';
import { commandRequestModel } from '../../src/store/command-requests.js';
import { conflictModel } from '../../src/store/conflicts.js';
import { accountDecisionModel } from '../../src/store/decision-log.js';
import {
  type Escalation,
  escalationById,
  escalationModel,
  reviewLockModel,
} from '../../src/store/escalations.js';
import { onceModel } from '../../src/store/once.js';
import { answerInterrupted } from '../../src/usecases/command-requests.js';
import { finishPendingDecisions } from '../../src/usecases/half-done.js';
import { settleSends } from '../../src/usecases/notify.js';
import { openDisputeIn } from '../support/dispute.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

/**
 * A crash between the writes of one change (DESIGN.md: intent first, effects re-driven). Each
 * test writes what a process killed after its first write leaves behind, then checks what
 * users see meanwhile and that the minute sweep finishes it.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('half_done');
  // The real minute sweep would finish these states while the test looks at them.
  await t.app.deps.jobs.shutdown();
});
afterAll(() => t.stop());

const db = () => t.app.deps.db;
const earlier = () => new Date(Date.now() - 120_000); // older than RECOVER_AFTER (60 s)

function claimOn(domain: string, owner: string, at: Date): Claim {
  return {
    _id: new Types.ObjectId(),
    key: `account:${domain}`,
    level: 'account',
    domain,
    owner,
    reason: 'prospecting',
    note: '',
    status: 'active',
    claimedAt: at,
    activateBy: new Date(at.getTime() + 48 * 3_600_000),
    expiresAt: new Date(at.getTime() + 14 * 86_400_000),
  };
}
const entryFor = (c: Claim): Omit<AuditEvent, '_id'> => ({
  kind: 'claim',
  claimId: c._id,
  key: c.key,
  actor: c.owner,
  after: { owner: c.owner, reason: c.reason },
  at: c.claimedAt,
});

test('when the app died right after taking a lock, then the claim already counts, and the sweep writes its claim and audit entry once', async () => {
  const claim = claimOn('crash-take.io', people.sam, earlier());
  await claimLockModel(db()).create({
    _id: claim.key,
    claimId: claim._id,
    owner: claim.owner,
    since: claim.claimedAt,
    taking: { claim, audit: entryFor(claim) },
  });

  // Meanwhile the key is Sam's for everyone: Maya's /claim meets a conflict, /check warns (a
  // prospecting claim is a soft hold), where a free key would be CLEAR.
  expect((await liveClaim(db(), claim.key))?.owner).toBe(people.sam);
  const maya = await t.command(people.maya, '/claim', 'crash-take.io');
  expect(String(maya.args.text)).toMatch(/\*crash-take\.io\* is claimed by \*Sam Ortiz\*/);
  expect(String((await t.command(people.john, '/check', 'crash-take.io')).args.text)).toBe(
    'WARN: crash-take.io',
  );

  await sweepClaims(t.app.deps);
  await sweepClaims(t.app.deps);
  expect(await claimModel(db()).find({ key: claim.key }).lean()).toMatchObject([{ owner: people.sam }]);
  expect(await auditModel(db()).countDocuments({ claimId: claim._id, kind: 'claim' })).toBe(1);
  const mine = await t.command(people.sam, '/claims', '');
  expect(JSON.stringify(mine.args)).toContain('crash-take.io');
});

test('when a taking is still running, then the sweep leaves it to its request; when a claim was taken in full, then the sweep counts nothing', async () => {
  await t.command(people.sam, '/claim', 'taken-whole.io');
  // A taking begun a moment ago with nothing written yet: a request still running.
  const running = claimOn('taking-now.io', people.maya, new Date());
  await claimLockModel(db()).create({
    _id: running.key,
    claimId: running._id,
    owner: running.owner,
    since: running.claimedAt,
    taking: { claim: running, audit: entryFor(running) },
  });

  const counts = await sweepClaims(t.app.deps);
  expect(counts.finished).toBe(0);
  expect(await claimModel(db()).countDocuments({ key: running.key })).toBe(0);
  // The claim it will be, for everyone, before its document is written; and the one written.
  expect((await liveClaim(db(), running.key))?.owner).toBe(people.maya);
  expect((await liveClaim(db(), 'account:taken-whole.io'))?.owner).toBe(people.sam);
  // Once written, the document is the truth, not what the lock carried at the take.
  await claimModel(db()).updateOne({ key: 'account:taken-whole.io' }, { $set: { note: 'extended' } });
  expect((await liveClaim(db(), 'account:taken-whole.io'))?.note).toBe('extended');
});

/** A handover's decision: the old claim's ending, naming the next owner's claim. */
const handoverEnding = (old: Claim, next: Claim) =>
  recordAudit(
    db(),
    {
      kind: 'transfer',
      claimId: old._id,
      key: old.key,
      actor: people.lea,
      after: { status: 'transferred' },
      at: earlier(),
      next: { claim: next, audit: { ...entryFor(next), kind: 'handover' } },
    },
    endKey(old),
  );

test('when the app died after deciding a handover, then the sweep ends the old claim and the heir holds the key, never nobody', async () => {
  await t.command(people.sam, '/claim', 'crash-pass.io');
  const old = (await liveClaim(db(), 'account:crash-pass.io')) as Claim;
  const next = claimOn('crash-pass.io', people.maya, earlier());
  // Only the decision was written: the ending, naming the next owner's claim.
  await handoverEnding(old, next);
  // John trying now finds it held (by Sam, until the change is finished), not free.
  const john = await t.command(people.john, '/claim', 'crash-pass.io');
  expect(String(john.args.text)).toMatch(/is claimed by/);

  const swept = await sweepClaims(t.app.deps);
  expect(swept.finished).toBeGreaterThanOrEqual(1);
  expect((await claimModel(db()).findById(old._id).lean())?.status).toBe('transferred');
  expect((await liveClaim(db(), old.key))?.owner).toBe(people.maya);
  expect(await auditModel(db()).countDocuments({ claimId: next._id, kind: 'handover' })).toBe(1);
  await sweepClaims(t.app.deps);
  expect(await claimModel(db()).countDocuments({ key: old.key, status: 'active' })).toBe(1);
});

test('when a release was decided but its lock is still there, then the next rep to claim finishes it and gets the key', async () => {
  await t.command(people.sam, '/claim', 'crash-free.io');
  const old = (await liveClaim(db(), 'account:crash-free.io')) as Claim;
  await recordAudit(
    db(),
    {
      kind: 'release',
      claimId: old._id,
      key: old.key,
      actor: people.sam,
      after: { status: 'released' },
      at: new Date(),
    },
    endKey(old),
  );
  await claimModel(db()).updateOne({ _id: old._id }, { $set: { status: 'released' } });

  const maya = await t.command(people.maya, '/claim', 'crash-free.io');
  expect(String(maya.args.text)).toMatch(/^crash-free\.io is yours/);
  expect((await liveClaim(db(), old.key))?.owner).toBe(people.maya);
});

test('when the app died after acking a command, then the person is told once to run it again, and answered commands leave nothing behind', async () => {
  await t.command(people.sam, '/claim', 'answered.io');
  // Forgotten just after the answer went out.
  await waitUntil(async () => (await commandRequestModel(db()).countDocuments({})) === 0);

  // What a kill -9 between the ack and the answer leaves: the request, recorded before the ack.
  await commandRequestModel(db()).create({
    _id: 'trigger-cut-short',
    user: people.priya,
    command: '/claim',
    text: 'cut-short.io',
    responseUrl: 'http://127.0.0.1:9/gone',
    receivedAt: earlier(),
  });
  await Promise.all([answerInterrupted(t.app.deps), answerInterrupted(t.app.deps)]);
  await answerInterrupted(t.app.deps);
  await settleSends(t.app.deps);
  const told = t.slack
    .callsTo('chat.postMessage')
    .filter((c) => c.args.channel === people.priya && String(c.args.text).includes('/claim cut-short.io'));
  expect(told).toHaveLength(1);
  expect(String(told[0]?.args.text)).toMatch(/restarted before it answered .*Please run it again/);
  expect(await commandRequestModel(db()).countDocuments({})).toBe(0);
});

/** What a lead's Hand over writes first: the decision's unique key, pending, with what to apply. */
async function handoverDecided(id: string): Promise<Escalation> {
  const dispute = (await escalationById(db(), id)) as Escalation;
  await onceModel(db()).create({
    _id: `escalation:${id}:leave:${dispute.state}`,
    by: people.lea,
    outcome: 'handover',
    at: earlier(),
    pending: true,
    data: { input: decisionFor('handover', people.sam, people.john) },
  });
  return dispute;
}

test('when the app died right after a lead decided a handover, then the sweep finishes it: claim moved, review lifted, decision logged, each rep told once', async () => {
  const id = await openDisputeIn(t, 'crash-decide.io');
  // Only the decision was written (its unique key, with what to apply).
  await handoverDecided(id);

  expect(await finishPendingDecisions(t.app.deps)).toBe(1);
  expect(await finishPendingDecisions(t.app.deps)).toBe(0);
  expect((await escalationById(db(), id))?.state).toBe('decided');
  expect((await liveClaim(db(), 'account:crash-decide.io'))?.owner).toBe(people.john);
  expect(await reviewLockModel(db()).findById('account:crash-decide.io').lean()).toBeNull();
  expect(await accountDecisionModel(db()).countDocuments({ _id: id })).toBe(1);
  const told = (rep: string) =>
    t.slack
      .callsTo('chat.postMessage')
      .filter(
        (c) => c.args.channel === rep && String(c.args.text).startsWith('Dispute over *crash-decide.io*'),
      );
  await settleSends(t.app.deps);
  expect([told(people.sam).length, told(people.john).length]).toEqual([1, 1]);
});

test('when the app died halfway through a decided handover (old claim marked, lock not yet passed), then finishing the decision passes the lock to the heir', async () => {
  const id = await openDisputeIn(t, 'crash-mid-handover.io');
  const dispute = await handoverDecided(id);
  // The handover's ending was decided and the old claim marked; then the kill.
  const old = (await claimModel(db()).findById(dispute.holderClaimId).lean()) as Claim;
  const heir = claimOn('crash-mid-handover.io', people.john, earlier());
  await handoverEnding(old, heir);
  await claimModel(db()).updateOne({ _id: old._id }, { $set: { status: 'transferred', endedAt: earlier() } });

  expect(await finishPendingDecisions(t.app.deps)).toBe(1);
  expect((await claimLockModel(db()).findById(old.key).lean())?.owner).toBe(people.john);
  expect((await liveClaim(db(), old.key))?.owner).toBe(people.john);
  expect((await escalationById(db(), id))?.state).toBe('decided');
});

test('when a move up was cut short and the dispute was decided since, then finishing the move up leaves the decision alone', async () => {
  const id = await openDisputeIn(t, 'crash-order.io');
  await onceModel(db()).create({
    _id: `escalation:${id}:leave:rep`,
    by: 'asked_lead',
    outcome: 'lead',
    at: earlier(),
    pending: true,
    data: { by: people.sam },
  });
  await escalationModel(db()).updateOne({ _id: id }, { $set: { state: 'decided' } });

  expect(await finishPendingDecisions(t.app.deps)).toBe(1);
  expect((await escalationById(db(), id))?.state).toBe('decided');
});

test('when the app died right after deciding a conflict, then the sweep stores the alert and sends the rep’s alert and the owner’s heads-up once', async () => {
  await t.command(people.sam, '/claim', 'crash-alert.io');
  const held = (await liveClaim(db(), 'account:crash-alert.io')) as Claim;
  const alertId = new Types.ObjectId().toHexString();
  await onceModel(db()).create({
    _id: `conflict:${held._id.toHexString()}:${people.john}`,
    by: people.john,
    outcome: alertId,
    at: earlier(),
    pending: true,
    data: {
      claimId: held._id.toHexString(),
      target: { level: 'account', domain: 'crash-alert.io', key: held.key },
      trigger: 'claim',
    },
  });

  await finishPendingDecisions(t.app.deps);
  await finishPendingDecisions(t.app.deps);
  await settleSends(t.app.deps);
  expect(await conflictModel(db()).countDocuments({ _id: alertId })).toBe(1);
  const to = (user: string, text: string) =>
    t.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.ok && c.args.channel === user && String(c.args.text).includes(text));
  expect(to(people.john, 'crash-alert.io is claimed')).toHaveLength(1);
  expect(to(people.sam, 'crash-alert.io')).toHaveLength(1);
});

test('when the app died right after deciding an expiry, then the sweep ends the claim and the owner still hears of it once', async () => {
  await t.command(people.priya, '/claim', 'crash-expire.io');
  const held = (await liveClaim(db(), 'account:crash-expire.io')) as Claim;
  await recordAudit(
    db(),
    {
      kind: 'expire',
      claimId: held._id,
      key: held.key,
      actor: 'system',
      after: { status: 'expired' },
      at: earlier(),
    },
    endKey(held),
  );

  await sweepClaims(t.app.deps);
  await sweepClaims(t.app.deps);
  await settleSends(t.app.deps);
  expect((await claimModel(db()).findById(held._id).lean())?.status).toBe('expired');
  expect(await liveClaim(db(), held.key)).toBeUndefined();
  const told = t.slack
    .callsTo('chat.postMessage')
    .filter(
      (c) =>
        c.ok && c.args.channel === people.priya && String(c.args.text).includes('crash-expire.io expired'),
    );
  expect(told).toHaveLength(1);
});

test('when the app died right after deciding to move someone’s claims, then the sweep moves them all and the heir gets one DM listing them', async () => {
  await t.command(people.john, '/claim', 'crash-heir-1.io');
  await t.command(people.john, '/claim', 'crash-heir-2.io');
  const claims = [
    (await liveClaim(db(), 'account:crash-heir-1.io')) as Claim,
    (await liveClaim(db(), 'account:crash-heir-2.io')) as Claim,
  ];
  const why = { ended: 'John left: handed to Maya', taken: 'inherited from John, who left', actor: 'system' };
  await onceModel(db()).create({
    _id: `inherit:${people.john}:${people.maya}:${claims[0]?._id.toHexString()}`,
    by: 'system',
    outcome: people.maya,
    at: earlier(),
    pending: true,
    data: {
      from: people.john,
      claimIds: claims.map((c) => c._id.toHexString()),
      why,
      headline: 'John Reed left the team: you inherited',
    },
  });

  await finishPendingDecisions(t.app.deps);
  await finishPendingDecisions(t.app.deps);
  await settleSends(t.app.deps);
  for (const c of claims) expect((await liveClaim(db(), c.key))?.owner).toBe(people.maya);
  const told = t.slack
    .callsTo('chat.postMessage')
    .filter(
      (c) =>
        c.ok && c.args.channel === people.maya && String(c.args.text).startsWith('You inherited 2 claim(s)'),
    );
  expect(told).toHaveLength(1);
});
