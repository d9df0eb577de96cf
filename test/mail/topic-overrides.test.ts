import type { TestApp } from '../support/harness.js';
import { type InboxTestApp, startInboxTestApp } from '../support/imap.js';
import { people, testPolicy } from '../support/policy.js';

/**
 * routing.overrides, end to end through Dovecot and the Slack emulation: a security question
 * brings the specialist in *with* the owner; contract questions go to a pod *instead*, in turn.
 */
const policy = testPolicy({
  routing: {
    coverOffHours: false,
    overrides: [
      { topics: ['security'], to: people.rita, mode: 'with' },
      { topics: ['contract'], to: [people.lea, people.tom], mode: 'instead' },
    ],
  },
});

let t: TestApp;
let deliver: InboxTestApp['deliver'];
let routed: InboxTestApp['routed'];
let dmTo: InboxTestApp['dmTo'];
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ t, stop, deliver, routed, dmTo } = await startInboxTestApp('topic_overrides', {
    policy,
    inbox: { resyncMs: 300, leaseMs: 3_000, backoffMs: { first: 100, max: 500 } },
  }));
  await t.command(people.sam, '/claim', 'acme.com active_sequence');
});
afterAll(() => stop());

describe('overrides by topic', () => {
  test('when a security question comes in on an owned account, then the owner keeps it and the security specialist joins them in a group DM holding the reply', async () => {
    await deliver(
      'soc2-1@acme.com',
      'Jane Doe <jane@acme.com>',
      'We might be a fit. Before a call, can you share your SOC 2 report?',
    );
    const reply = await routed('soc2-1@acme.com');
    expect(reply.owner).toBe(people.sam);
    expect(reply.route?.specialist).toEqual({ member: people.rita, topic: 'security' });
    const ownerDm = await dmTo(people.sam, 'SOC 2');
    expect(JSON.stringify(ownerDm.args.blocks)).toContain('Rita Vogel is added for the security question');
    // Rita joins Sam in their group DM with the app, which holds the reply.
    const group = await t.app.deps.slack.conversations.open({ users: `${people.sam},${people.rita}` });
    const together = await t.slack.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === group.channel?.id && JSON.stringify(c.args).includes('SOC 2'),
    );
    const shown = JSON.stringify(together.args.blocks);
    expect(shown).toContain('*Rita Vogel is added for the security question*: Sam Ortiz keeps the reply');
    expect(shown).not.toContain('"type":"actions"'); // the owner answers; the specialist helps
  });

  test('when contract questions come in, then they go to the contract pod instead of the owner, one each in turn', async () => {
    await deliver(
      'msa-1@acme.com',
      'Jane Doe <jane@acme.com>',
      'Looks good. Can you send over your MSA and contract terms?',
    );
    const first = await routed('msa-1@acme.com');
    await deliver(
      'msa-2@acme.com',
      'Jane Doe <jane@acme.com>',
      'Also, who signs the contract on your side? We need the order form.',
    );
    const second = await routed('msa-2@acme.com');
    expect(first.route?.step).toBe('override');
    expect(first.route?.explanation).toMatch(
      /takes contract questions; routing said: Sam Ortiz owns acme\.com/,
    );
    expect(new Set([first.owner, second.owner])).toEqual(new Set([people.lea, people.tom]));
    await dmTo(first.owner as string, 'msa-1@acme.com');
  });
});
