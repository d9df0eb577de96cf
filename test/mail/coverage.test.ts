import { parseTarget } from '../../src/domain/target.js';
import type { Member } from '../../src/policy/schema.js';
import { escalationModel } from '../../src/store/escalations.js';
import { takeClaim } from '../../src/usecases/claim.js';
import { openDisputeIn } from '../support/dispute.js';
import type { TestApp } from '../support/harness.js';
import { type InboxTestApp, startInboxTestApp } from '../support/imap.js';
import { people, testPolicy } from '../support/policy.js';

/**
 * Coverage, end to end through Dovecot and the Slack emulation: the owner a step picks is away
 * or outside their hours, so whoever covers for them and is working gets the reply for now.
 * A fixed clock (Monday 7 Dec 2026), since hours are what this is about.
 */
let now = new Date('2026-12-07T15:00:00Z'); // Berlin 16:00, New York 10:00
const clock = { now: () => now };
const policy = testPolicy({
  routing: { coverOffHours: true },
  accounts: [
    {
      name: 'Umbrella Corp',
      domains: ['umbrella.com'],
      owner: people.priya,
      vip: true,
      crmId: '0015g00000UMB',
    },
    { name: 'Umbrella Labs', domains: ['umbrella-labs.io'], parent: 'Umbrella Corp' },
    // VIP, with no standing owner: claimed and disputed like any account.
    { name: 'Stark Industries', domains: ['stark.com'], vip: true },
  ],
});
const maya = policy.members.find((m) => m.slack === people.maya) as Member;
maya.away = [{ from: '2026-12-07', until: '2026-12-08' }];

let t: TestApp;
let deliver: InboxTestApp['deliver'];
let routed: InboxTestApp['routed'];
let dmTo: InboxTestApp['dmTo'];
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ t, stop, deliver, routed, dmTo } = await startInboxTestApp('coverage', {
    policy,
    clock,
    inbox: { resyncMs: 300, leaseMs: 3_000, backoffMs: { first: 100, max: 500 } },
  }));
});
afterAll(() => stop());

describe('coverage', () => {
  test('when the account owner is away, then their backup gets the reply with "covering for", and the owner is told', async () => {
    await t.command(people.maya, '/claim', 'globex.com active_sequence');
    await deliver(
      'away-1@globex.com',
      'Bob Roe <bob@globex.com>',
      'Sounds interesting, can we talk on Thursday?',
    );
    const reply = await routed('away-1@globex.com');
    expect(reply.owner).toBe(people.sam); // Maya's backup, working at 10:00 in New York
    expect(reply.route?.cover).toMatchObject({ for: people.maya, why: 'away' });
    // Back on Wednesday at the start of her hours (09:00 Berlin).
    expect(reply.route?.cover?.until.toISOString()).toBe('2026-12-09T08:00:00.000Z');
    expect(reply.route?.explanation).toMatch(
      /^Sam Ortiz covers for Maya Klein \(away until Wed 9 Dec, 09:00 .+\); routing said: Maya Klein owns globex\.com/,
    );
    const dm = await dmTo(people.sam, 'bob@globex.com');
    expect(JSON.stringify(dm.args.blocks)).toContain(
      '*Covering for Maya Klein* (away) until <!date^1796803200^',
    );
    const told = await dmTo(people.maya, 'went to Sam Ortiz, covering for you (away)');
    expect(String(told.args.text)).toContain('bob@globex.com');
  });

  test('when the owner is outside their hours, then whoever covers and is working gets it; with nobody working, the owner keeps it', async () => {
    now = new Date('2026-12-07T13:00:00Z'); // New York 08:00: Sam is not in yet; Berlin 14:00
    await t.command(people.sam, '/claim', 'acme.com active_sequence');
    await deliver(
      'early-1@acme.com',
      'Jane Doe <jane@acme.com>',
      'Interesting. What does it cost for 12 seats?',
    );
    const early = await routed('early-1@acme.com');
    // Maya (Sam's backup) is away: his team's lead, Lea, is working in Berlin.
    expect(early.owner).toBe(people.lea);
    expect(early.route?.cover).toMatchObject({ for: people.sam, why: 'off hours' });
    expect(early.route?.cover?.until.toISOString()).toBe('2026-12-07T14:00:00.000Z'); // 09:00 New York

    now = new Date('2026-12-07T23:30:00Z'); // everyone's evening
    await deliver('late-1@acme.com', 'Jane Doe <jane@acme.com>', 'Also, do you integrate with Salesforce?');
    const late = await routed('late-1@acme.com');
    expect(late.route?.cover).toBeUndefined();
    // The thread is not the same (no In-Reply-To): the account owner keeps it, SLA in his hours.
    expect(late.owner).toBe(people.sam);
  });
});

describe('not interested', () => {
  test('when a prospect says not interested, then nobody on the team may write to them for the policy’s time, and after it they may', async () => {
    await deliver('no-1@hooli.com', 'Gavin Belson <gavin@hooli.com>', 'Thanks, but we are not interested.');
    const reply = await routed('no-1@hooli.com');
    expect(reply.category).toBe('not_interested');
    const blocked = await t.command(people.john, '/check', 'gavin@hooli.com');
    expect(String(blocked.args.text)).toBe('BLOCKED: gavin@hooli.com');
    expect(JSON.stringify(blocked.args.blocks)).toMatch(
      /This contact said not interested on <!date.*nobody may write to it until <!date/,
    );
    const claim = await t.command(people.priya, '/claim', 'gavin@hooli.com');
    expect(String(claim.args.text)).toContain('Nobody may write to this contact: it said not interested');
    // claims.notInterestedBlock (90 days by default) later, the team may try again.
    now = new Date(now.getTime() + 91 * 24 * 3_600_000);
    const later = await t.command(people.john, '/check', 'gavin@hooli.com');
    expect(String(later.args.text)).not.toMatch(/^BLOCKED/);
  });
});

describe('accounts the team already knows', () => {
  test('when a subsidiary’s contact replies off hours, then it routes as its VIP parent: to the account owner, not to whoever covers', async () => {
    now = new Date('2026-12-07T19:00:00Z'); // London 19:00: Priya is done for the day; John (LA) works
    await deliver(
      'labs-1@umbrella-labs.io',
      'Ada Wong <ada@umbrella-labs.io>',
      'Interesting. Can we talk this week?',
    );
    const reply = await routed('labs-1@umbrella-labs.io');
    expect(reply.domain).toBe('umbrella.com'); // the parent's primary domain: one account, one lock
    expect(reply.owner).toBe(people.priya);
    expect(reply.route?.cover).toBeUndefined(); // VIP: no off-hours cover
    expect(reply.route?.explanation).toMatch(/^Priya Nair owns Umbrella Corp \(account owner\)/);
    // A claim on the subsidiary is a claim on the parent, which is Priya's for good.
    const claimed = await t.command(people.john, '/claim', 'umbrella-labs.io');
    expect(JSON.stringify(claimed.args)).toContain('umbrella.com');
    expect(JSON.stringify(claimed.args)).not.toContain('umbrella-labs.io');
    expect(JSON.stringify(claimed.args)).toContain('belongs to *Priya Nair*');
  });

  test('when a VIP account is disputed, then it skips the reps’ tier: the holder’s lead decides from the start', async () => {
    // A month from now, whenever the suite runs: Agenda runs on real time, and a timebox that a
    // fixed December 2026 clock set would already be due, moving the dispute on before it is read.
    now = new Date(Date.now() + 30 * 86_400_000);
    const id = await openDisputeIn(t, 'stark.com', {
      holder: people.john,
      challenger: people.sam,
      tier: 'Tier 2',
    });
    const e = await escalationModel(t.app.deps.db).findById(id).lean();
    expect(e?.state).toBe('lead');
    const post = t.slack
      .conversation('C02WESTLEADS')
      .find((m) => m.text.startsWith('Dispute over stark.com: Tier 2'));
    expect(post).toBeDefined(); // John's team lead channel
    expect(
      t.slack
        .callsTo('chat.postMessage')
        .some((c) => String(c.args.text).startsWith('Dispute over stark.com: Tier 1')),
    ).toBe(false);
  });

  test('when Priya let John co-own one contact of her account, then that contact’s reply and its pre-send check are his; the rest stay hers', async () => {
    now = new Date('2026-12-07T19:00:00Z'); // John (LA) works; Priya's VIP account is hers off hours too
    // A contact claim inside the account: what Priya's consent to co-own writes.
    const john = policy.members.find((m) => m.slack === people.john) as Member;
    await takeClaim(
      t.app.deps,
      { member: john, target: parseTarget('kim@umbrella.com'), reason: 'meeting_booked', note: 'co-own' },
      now,
    );
    await deliver('kim-1@umbrella.com', 'Kim Lee <kim@umbrella.com>', 'Great, see you Thursday then.');
    const kim = await routed('kim-1@umbrella.com');
    expect([kim.owner, kim.route?.explanation]).toEqual([
      people.john,
      expect.stringMatching(/^John Reed owns kim@umbrella\.com/),
    ]);
    await deliver('lu-1@umbrella.com', 'Lu Chen <lu@umbrella.com>', 'Interesting. Can we talk this week?');
    expect((await routed('lu-1@umbrella.com')).owner).toBe(people.priya);
    const check = await t.command(people.john, '/check', 'kim@umbrella.com');
    expect(String(check.args.text)).toBe('CLEAR: kim@umbrella.com');
  });

  test('when someone writes from a personal address, then the account is found by the CRM id in the mail, else by the company named in their signature', async () => {
    await deliver(
      'gmail-1@mail.gmail.com',
      'Ada Wong <ada.wong@gmail.com>',
      'Sounds interesting, let us talk.\n\nAda Wong\nHead of Operations, Umbrella Corp',
    );
    expect((await routed('gmail-1@mail.gmail.com')).domain).toBe('umbrella.com');
    await deliver('gmail-2@mail.gmail.com', 'Bob <bob.private@gmail.com>', 'Can we talk? Ref 0015g00000UMB');
    const byId = await routed('gmail-2@mail.gmail.com');
    expect(byId.domain).toBe('umbrella.com');
    expect(byId.owner).toBe(people.priya); // the account's standing owner
    await deliver('gmail-3@mail.gmail.com', 'Cy <cy@gmail.com>', 'Interesting, tell me more.');
    expect((await routed('gmail-3@mail.gmail.com')).domain).toBe('gmail.com'); // names nothing
  });
});
