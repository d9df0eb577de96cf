import { parseTarget } from '../../src/domain/target.js';
import { CLAIMS_SWEEP, sweepClaims } from '../../src/jobs/claims-sweep.js';
import type { Member } from '../../src/policy/schema.js';
import { auditModel } from '../../src/store/audit.js';
import { type Reply, replyModel } from '../../src/store/replies.js';
import { recordActivity } from '../../src/usecases/activity.js';
import { takeClaim } from '../../src/usecases/claim.js';
import { ingestMail } from '../../src/usecases/replies.js';
import { markReplied, notMine, reassign } from '../../src/usecases/reply-actions.js';
import { replyAudit } from '../../src/usecases/reply-audit.js';
import { lastWeek, type Metrics, teamMetrics } from '../../src/usecases/team-metrics.js';
import { replyActions } from '../../src/views/ids.js';
import { openDisputeIn } from '../support/dispute.js';
import { API_TOKEN, postApi, startTestApp, type TestApp } from '../support/harness.js';
import { homeOf as openHome } from '../support/home.js';
import { people } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

/**
 * A week of work seeded through the app (claims and checks by Slack command, replies through
 * the inbox's own ingest, Mark replied / Not mine / Reassign, a dispute), then the audit trail,
 * the weekly reply audit and the metrics read back through Slack, the HTTP API and /metrics.
 */
/**
 * A Monday 08:00 UTC (09:00 or 10:00 in Berlin, the policy's zone) at least a week ahead: Agenda
 * schedules the dispute's timebox in real time, so it must not come due while the test runs.
 */
function mondayAhead(): Date {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 7 + ((8 - d.getUTCDay()) % 7));
  d.setUTCHours(8, 0, 0, 0);
  return d;
}
const MONDAY = mondayAhead();
const HOUR = 3_600_000;
let now = MONDAY;
const clock = { now: () => now };
let t: TestApp;

const member = (slack: string) => t.app.deps.directory.member(slack) as Member;
const mail = (id: string, from: string, text: string) =>
  Buffer.from(
    [
      `From: ${from}`,
      'To: sales@ourco.io',
      'Subject: Re: Outbound for your team',
      `Message-ID: <${id}>`,
      'Date: Mon, 16 Nov 2026 08:00:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      text,
    ].join('\r\n'),
  );
const receive = async (id: string, from: string, text: string, at: Date) => {
  now = at;
  const res = await ingestMail(t.app.deps, mail(id, from, text), { mailbox: 'INBOX' });
  expect(res.kind).toBe('stored');
  return (await replyModel(t.app.deps.db).findById(id).lean<Reply>()) as Reply;
};
const api = (path: string) =>
  fetch(`${t.app.url}${path}`, { headers: { authorization: `Bearer ${API_TOKEN}` } });
const rowOf = (rows: Metrics[], id: string) => rows.find((r) => r.id === id) as Metrics;

beforeAll(async () => {
  t = await startTestApp('weekly_audit', { clock });
  const { deps } = t.app;
  // The minute's sweep would hand the leaver's claim below to the fallback owner whenever a
  // minute turns during the test; the audit is read from the records as seeded, so no jobs run.
  await deps.jobs.shutdown();
  // Monday morning: Sam and Maya claim their accounts.
  await t.command(people.sam, '/claim', 'acme.com active_sequence');
  await t.command(people.maya, '/claim', 'globex.com active_sequence');
  await t.command(people.sam, '/claim', 'initrode.com meeting_booked');
  // A rep who has since left the policy: their claim and their sequence are still there.
  const gone = { ...member(people.john), slack: 'U55GONE', name: 'Gone Rep' };
  await takeClaim(
    deps,
    { member: gone, target: parseTarget('hooli.com'), reason: 'prospecting', note: '' },
    now,
  );
  await recordActivity(deps, {
    type: 'sequence_start',
    target: parseTarget('gavin@hooli.com'),
    member: gone,
    at: now,
    sequence: 'Q4 outbound',
  });

  // Replies: Sam answers his in 30 minutes; Maya's waits past its SLA.
  const r1 = await receive(
    'r1@acme.com',
    'Jane Doe <jane@acme.com>',
    'Sounds interesting. Can you send pricing?',
    new Date(MONDAY.getTime() + 10 * 60_000),
  );
  expect(r1.owner).toBe(people.sam);
  await receive(
    'r2@globex.com',
    'Bob Roe <bob@globex.com>',
    'We might be a fit. Can we talk on Thursday?',
    new Date(MONDAY.getTime() + 20 * 60_000),
  );
  now = new Date(MONDAY.getTime() + 40 * 60_000);
  await markReplied(deps, 'r1@acme.com', member(people.sam));
  // Nobody owns initech.com: RevOps reassigns one reply, another is declined until it reaches triage.
  const r3 = await receive(
    'r3@initech.com',
    'Kim Park <kim@initech.com>',
    'Is there an integration with Salesforce?',
    new Date(MONDAY.getTime() + HOUR),
  );
  const to = r3.owner === people.john ? people.priya : people.john;
  now = new Date(now.getTime() + 60_000);
  await reassign(deps, r3._id, member(people.rita), to, 'west territory account');
  let r4 = await receive(
    'r4@initech.com',
    'Lee Chan <lee@initech.com>',
    'Interesting, what does it cost?',
    new Date(MONDAY.getTime() + 2 * HOUR),
  );
  while (r4.state !== 'triage') {
    now = new Date(now.getTime() + 60_000);
    await notMine(deps, r4._id, member(r4.owner as string));
    r4 = (await replyModel(deps.db).findById(r4._id).lean<Reply>()) as Reply;
  }
  // A dispute (John runs into Sam's umbrella.com and asks for a handoff), and two blocked checks.
  now = new Date(MONDAY.getTime() + 3 * HOUR);
  await openDisputeIn(t, 'umbrella.com');
  await t.command(people.john, '/check', 'initrode.com');
  const checked = await postApi(t, '/check', ['initrode.com', 'fresh-domain.com']);
  expect(checked.status).toBe(200);
  // Tuesday afternoon: Maya's reply is past due.
  now = new Date(MONDAY.getTime() + 30 * HOUR);
});
afterAll(() => t.stop());

describe('the audit trail', () => {
  test('when a reply is routed, passed on and sent to triage, then /check … history and GET /api/audit tell it in order', async () => {
    const answer = await t.command(people.priya, '/check', 'initech.com history');
    const text = JSON.stringify(answer.args.blocks);
    expect(text).toContain('History of initech.com');
    expect(text).toContain('Reply from kim@initech.com (interested) went to');
    expect(text).toContain('reassigned by Rita Vogel: west territory account');
    expect(text).toContain('Reply from lee@initech.com');
    expect(text).toContain('went to triage');

    const json = (await (await api('/api/audit?key=initech.com')).json()) as { events: { kind: string }[] };
    const kinds = json.events.map((e: { kind: string }) => e.kind);
    expect(kinds[0]).toBe('triage'); // newest first
    expect(kinds.filter((k: string) => k === 'route')).toHaveLength(2);
    expect(kinds).toContain('reassign');
    const csv = await (await api('/api/audit?key=acme.com&format=csv')).text();
    expect(csv.split('\r\n')[0]).toBe('at,kind,key,actor,actor_name,what,reason,claim_id,reply_id');
    expect(csv).toContain('Sam Ortiz claimed acme.com (active sequence)');
    expect(csv).toContain('Reply from jane@acme.com (interested) went to Sam Ortiz');
  });

  test('when the key is missing or not a domain, then GET /api/audit answers 400 naming it', async () => {
    expect((await api('/api/audit')).status).toBe(400);
    const res = await api('/api/audit?key=not%20a%20domain');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { problems: { path: string }[] }).problems[0]?.path).toBe('key');
  });
});

describe('a reply changing hands', () => {
  test('when reps pass a reply on until it reaches triage, then each DM keeps the reply and says where it went, and the triage post shows all of it', async () => {
    const post = t.slack.conversation('C04TRIAGE').find((m) => m.text.includes('lee@initech.com'));
    const shown = JSON.stringify(post?.blocks);
    expect(shown).toContain('*Nobody owns this reply*');
    expect(shown).toContain('Lee Chan &lt;lee@initech.com&gt;'); // sender
    expect(shown).toContain('Re: Outbound for your team'); // subject
    expect(shown).toContain('> Interesting, what does it cost?'); // the reply itself, quoted
    expect(shown).toContain('Interested'); // category
    expect(shown).toContain('*SLA*'); // and its countdown
    expect(shown).toContain(replyActions.reassign); // Assign…
    // The DM of the one who said Not mine, and of the one RevOps took a reply from: the reply is
    // still there with where it went, and nothing is left to press or to meet.
    const edited = (text: string) =>
      t.slack
        .callsTo('chat.update')
        .filter((c) => c.ok && JSON.stringify(c.args.blocks).includes(text))
        .map((c) => JSON.stringify(c.args.blocks));
    const declined = edited('Interesting, what does it cost?');
    const reassigned = edited('Is there an integration with Salesforce?');
    expect(declined.some((b) => b.includes('Sent to triage: no one else was next.'))).toBe(true);
    expect(reassigned.some((b) => b.includes('Passed to *') && b.includes('west territory account'))).toBe(
      true,
    );
    for (const b of [...declined, ...reassigned]) {
      expect(b).not.toContain('"type":"actions"');
      expect(b).not.toContain('*SLA*');
    }
  });
});

describe('the weekly reply audit', () => {
  test('when replies sit in triage or past their SLA, claims belong to a leaver and replies changed hands, then each is listed', async () => {
    const audit = await replyAudit(t.app.deps);
    expect(audit.unowned.map((i) => i.reply._id)).toEqual(['r4@initech.com']);
    expect(audit.unowned[0]?.message).toBeDefined(); // the triage post, for a link
    // Maya's, and the one RevOps handed to a rep who has not answered either.
    expect(audit.overdue.map((i) => i.reply._id)).toEqual(['r2@globex.com', 'r3@initech.com']);
    expect(audit.leaversClaims.map((c) => c.key)).toEqual(['account:hooli.com']);
    expect(audit.leaversSequences).toEqual([
      { member: 'U55GONE', sequence: 'Q4 outbound', contact: 'gavin@hooli.com' },
    ]);
    expect(audit.idleRules).toEqual([]); // less than a month of replies: too early to say
    const vias = Object.fromEntries(audit.reassignments.map((g) => [g.via, g.count]));
    expect(vias.reassigned).toBe(1);
    expect(vias.triage).toBe(1);
    expect(vias.not_mine).toBeUndefined(); // Lea had no one after her: straight to triage
  });

  test('when RevOps types /claims audit, then the audit comes with links and an Assign button, and a rep is refused', async () => {
    const answer = await t.command(people.rita, '/claims', 'audit');
    const blocks = JSON.stringify(answer.args.blocks);
    expect(blocks).toContain('Replies without an owner');
    expect(blocks).toContain('https://sandbox.slack.com/archives/C04TRIAGE/p');
    expect(blocks).toContain(`"action_id":"${replyActions.reassign}","value":"r4@initech.com"`);
    expect(blocks).toContain('Replies past their SLA with no answer');
    expect(blocks).toContain('account:hooli.com'.replace('account:', ''));
    expect(blocks).toContain('The week in numbers');
    const refused = await t.command(people.sam, '/claims', 'audit');
    expect(String(refused.args.text)).toContain('Only RevOps can run the audit');
  });

  test('when the weekly job runs, then the review, the audit and the numbers are posted to the RevOps channel once', async () => {
    const { postWeeklyReview } = await import('../../src/jobs/weekly-review.js');
    await postWeeklyReview(t.app.deps);
    await postWeeklyReview(t.app.deps); // a job run twice
    await waitUntil(() => t.slack.conversation('C03REVOPS').some((m) => m.text === 'The week in numbers'));
    const titles = t.slack.conversation('C03REVOPS').map((m) => m.text);
    expect(titles.filter((x) => x === 'Weekly reply audit')).toHaveLength(1);
    expect(titles.filter((x) => x === 'The week in numbers')).toHaveLength(1);
  });
});

describe('Home for each role', () => {
  const homeOf = (user: string) => openHome(t, user);

  test('when a rep opens Home, then their unanswered replies come first with SLA and buttons, then claims about to lapse, and their disputes link to the message', async () => {
    const maya = await homeOf(people.maya);
    expect(maya).toContain('Replies to answer (1)');
    expect(maya).toContain('bob@globex.com');
    expect(maya).toContain('SLA breached');
    for (const id of [replyActions.markReplied, replyActions.reassign, replyActions.notMine])
      expect(maya).toContain(`"action_id":"${id}","value":"r2@globex.com"`);
    const sam = await homeOf(people.sam);
    expect(sam).not.toContain('Replies to answer'); // Sam answered his
    // initrode.com was claimed Monday morning with no activity since: 48 h to log some.
    expect(sam).toMatch(/About to lapse:\* initrode\.com \(log activity by <!date\^\d+\^/);
    // His dispute over umbrella.com, with a link to where it is decided (the group DM).
    expect(sam).toMatch(/umbrella\.com\*: Sam Ortiz vs John Reed, tier 1, reps, due .*\|Open>/);
  });

  test('when a lead or RevOps opens Home, then their queue is there: their teams’ late replies to reassign, triage to assign, disputes to decide', async () => {
    const lea = await homeOf(people.lea); // leads east: Sam and Maya
    expect(lea).toContain('Replies past their SLA (1)');
    expect(lea).toContain(`"action_id":"${replyActions.reassign}","value":"r2@globex.com"`);
    expect(lea).not.toContain('In triage');
    const tom = await homeOf(people.tom); // leads west: the initech.com reply RevOps handed over
    expect(tom).toContain('r3@initech.com');
    expect(tom).not.toContain('r2@globex.com');
    const rita = await homeOf(people.rita);
    expect(rita).toContain('Replies past their SLA (2)');
    expect(rita).toContain('In triage (1)');
    expect(rita).toContain(
      `"text":"Assign…"},"action_id":"${replyActions.reassign}","value":"r4@initech.com"`,
    );
    const john = await homeOf(people.john);
    expect(john).not.toContain('Replies past their SLA');
  });
});

describe('the metrics', () => {
  test('when the week is measured, then every figure matches what happened', async () => {
    const rows = await teamMetrics(t.app.deps, lastWeek(now));
    const all = rowOf(rows, 'all');
    expect(all.replies).toBe(4);
    expect(all.byCategory).toEqual({ interested: 4 });
    expect(all.unassignedNow).toBe(1);
    expect(all.wentToTriage).toBe(1);
    expect(all.reassigned).toBe(2); // r3 by RevOps, r4 by Not mine
    expect(all.reassignmentRate).toBe(0.5);
    expect(all.firstResponseMedianMin).toBe(30);
    // r1 answered in time; r2, r3 and r4 (in triage: the prospect waits all the same) past due.
    expect(all.slaDue).toBe(4);
    expect(all.slaMet).toBe(1);
    expect(all.conflicts).toBe(1);
    expect(all.conflictOutcomes.handoff_requested).toBe(1);
    expect(all.disputes).toBe(1);
    expect(all.disputesByTier.rep).toBe(1);
    expect(all.disputesDecided).toBe(0);
    expect(all.duplicateSendsPrevented).toBe(2); // John's /check and the API's list

    const sam = rowOf(rows, people.sam);
    expect(sam.replies).toBe(1);
    expect(sam.slaMet).toBe(1);
    expect(sam.slaAttainment).toBe(1);
    const maya = rowOf(rows, people.maya);
    expect(maya.slaDue).toBe(1);
    expect(maya.slaAttainment).toBe(0);
    const john = rowOf(rows, people.john);
    expect(john.conflicts).toBe(1);
    expect(john.disputes).toBe(1);
    expect(john.duplicateSendsPrevented).toBe(1);
    const east = rowOf(rows, 'east');
    expect(east.replies).toBe(sam.replies + maya.replies);
  });

  test('when a claim goes without activity past its window, then it counts as lapsed for its owner', async () => {
    now = new Date(MONDAY.getTime() + 72 * HOUR);
    await sweepClaims(t.app.deps);
    const lapses = await auditModel(t.app.deps.db).find({ kind: 'lapse' }).lean();
    const rows = await teamMetrics(t.app.deps, { from: MONDAY, to: new Date(now.getTime() + 1) });
    expect(rowOf(rows, 'all').claimsLapsed).toBe(lapses.length);
    const mayaLapsed = lapses.filter((e) => e.before?.owner === people.maya).length;
    expect(rowOf(rows, people.maya).claimsLapsed).toBe(mayaLapsed);
    expect(mayaLapsed).toBe(1); // globex.com: a reply is not Maya's own activity
  });

  test('when the report is asked for over HTTP, then it is CSV per scope, and a bad range is a 400', async () => {
    const res = await api(`/api/reports/metrics?from=${MONDAY.toISOString()}&to=${now.toISOString()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const [header, ...lines] = (await res.text()).trim().split('\r\n');
    const cols = (header as string).split(',');
    expect(cols.slice(0, 4)).toEqual(['scope', 'id', 'name', 'replies']);
    const all = (lines[0] as string).split(',');
    expect(all[cols.indexOf('scope')]).toBe('all');
    expect(all[cols.indexOf('replies')]).toBe('4');
    expect(all[cols.indexOf('duplicate_sends_prevented')]).toBe('2');
    expect(lines.some((l) => l.startsWith(`member,${people.sam},Sam Ortiz,1,`))).toBe(true);
    const bad = await api('/api/reports/metrics?from=2026-11-20&to=2026-11-10');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problems: { path: string }[] }).problems[0]?.path).toBe('to');
  });
});

describe('RevOps at home and a month on', () => {
  test('when RevOps opens the Home tab, then it shows the last 7 days in numbers, and a rep’s does not', async () => {
    const homeOf = (user: string) => openHome(t, user);
    const rita = await homeOf(people.rita);
    expect(rita).toContain('The last 7 days');
    expect(rita).toContain('*Replies* 4 (interested 4)');
    expect(await homeOf(people.sam)).not.toContain('The last 7 days');
  });

  test('when a month has passed, then the routing steps that routed nothing since are listed and the one in use is not', async () => {
    now = new Date(MONDAY.getTime() + 31 * 24 * HOUR);
    const fresh = await receive(
      'r5@soylent.com',
      'Ann Lee <ann@soylent.com>',
      'Sounds good, send me the pricing.',
      now,
    );
    const used = fresh.route?.step as string;
    const audit = await replyAudit(t.app.deps);
    expect(audit.idleRules).toContain('routing step `account`'); // its last use was a month ago
    expect(audit.idleRules).not.toContain(`routing step \`${used}\``);
    expect(audit.idleRules.some((r) => r.includes('fallback'))).toBe(false); // a last resort is meant to be idle
  });
});

// Before the job runner starts again below: its first SLA pass would race this press.
describe('acting from Home', () => {
  test('when a rep presses Mark replied on Home, then the reply is answered and Home is rebuilt without it', async () => {
    const before = t.slack.callsTo('views.publish').length;
    await t.requests.blockAction(
      people.maya,
      { action_id: replyActions.markReplied, value: 'r2@globex.com' },
      { view: { id: 'VHOMEU02MAYA', type: 'home' } },
    );
    await waitUntil(
      async () => (await replyModel(t.app.deps.db).findById('r2@globex.com').lean())?.state === 'replied',
    );
    const rebuilt = await t.slack.waitForCall(
      'views.publish',
      (c) => c.args.user_id === people.maya && t.slack.callsTo('views.publish').indexOf(c) >= before,
    );
    expect(JSON.stringify(rebuilt.args.view)).not.toContain('r2@globex.com');
  });
});

describe('GET /metrics', () => {
  test('when scraped, then it is Prometheus text with Slack calls, handler latency and states from the database', async () => {
    const scrape = async () => {
      const res = await fetch(`${t.app.url}/metrics`);
      expect(res.status).toBe(200);
      const samples = new Map<string, number>();
      for (const line of (await res.text()).split('\n')) {
        if (!line || line.startsWith('#')) continue;
        const m = line.match(/^(\S+)\s+(\S+)$/);
        expect(m).not.toBeNull(); // every sample line parses
        samples.set((m as RegExpMatchArray)[1] as string, Number((m as RegExpMatchArray)[2]));
      }
      return samples;
    };
    // A /claim is answered in its ack; its Release button is answered through the response_url.
    const answer = await t.command(people.sam, '/claim', 'metrics.io');
    const release = JSON.stringify(answer.args.blocks).match(
      /"action_id":"claim_release","value":"([a-f0-9]+)"/,
    );
    const answered = t.slack.callsTo('response_url').length;
    await t.requests.blockAction(
      people.sam,
      { action_id: 'claim_release', value: release?.[1] },
      { channel: String(answer.args.channel), messageTs: '1.000001', ephemeral: true },
    );
    await waitUntil(() => t.slack.callsTo('response_url').length > answered);
    // The job runner was stopped for the audit above: started again, with a sweep due now.
    await t.app.deps.jobs.start();
    await t.app.deps.jobs.agenda.now(CLAIMS_SWEEP);
    let samples = new Map<string, number>();
    await waitUntil(async () => {
      samples = await scrape();
      return [...samples.keys()].some((k) => k.startsWith('claimdesk_job_lateness_seconds_count{job='));
    });
    expect(samples.get('claimdesk_replies{state="triage"}')).toBe(1);
    expect(samples.get('claimdesk_disputes{state="rep"}')).toBe(1);
    expect(
      samples.get('claimdesk_slack_api_calls_total{method="chat.postMessage",status="ok"}'),
    ).toBeGreaterThan(0);
    expect(samples.get('claimdesk_slack_api_calls_total{method="response_url",status="ok"}')).toBeGreaterThan(
      0,
    );
    expect(
      samples.get('claimdesk_slack_handler_seconds_count{kind="command",name="/claim",outcome="ok"}'),
    ).toBe(6);
    expect(samples.has('claimdesk_inbox_newest_reply_age_seconds')).toBe(true);
  });
});
