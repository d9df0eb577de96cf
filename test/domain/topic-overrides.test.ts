import mongoose from 'mongoose';
import { classify } from '../../src/domain/classify.js';
import { Directory } from '../../src/policy/directory.js';
import type { Reply } from '../../src/store/replies.js';
import { topicOverride } from '../../src/usecases/reply-overrides.js';
import { databaseUri } from '../support/harness.js';
import { people, testPolicy } from '../support/policy.js';

/** One override per keyword family, each to its own specialist: a reply's words pick the rule. */
const directory = new Directory(
  testPolicy({
    routing: {
      overrides: [
        { topics: ['pricing'], to: people.maya },
        { topics: ['demo'], to: people.john },
        { topics: ['security'], to: people.rita, mode: 'with' },
        { topics: ['integration'], to: people.priya },
        { topics: ['contract'], to: people.tom },
      ],
    },
  }),
);
const deps = { directory, db: undefined as never }; // one person per rule: no rotation to store

const reply = (text: string) => {
  const c = classify({
    from: 'jane@acme.com',
    subject: 'Re: intro',
    replyText: text,
    headers: {},
    receivedAt: new Date('2026-12-07T10:00:00Z'),
  });
  return { _id: 'r@acme.com', flags: c.flags, intent: c.intent } as unknown as Reply;
};

describe('routing.overrides by topic', () => {
  test.each([
    ['pricing', 'Sounds interesting. Can you send over pricing for a team of 12?', people.maya],
    ['pricing', 'Сколько стоит лицензия на 20 человек?', people.maya],
    ['demo', 'Could you show us a demo next week?', people.john],
    ['security', 'Before a call, can you share your SOC 2 report?', people.rita],
    ['integration', 'Does it integrate with Salesforce?', people.priya],
    ['contract', 'Please send the MSA and your contract terms.', people.tom],
  ])('when a reply asks about %s (%s), then that rule’s specialist takes it', async (topic, text, who) => {
    const found = await topicOverride(deps, reply(text), new Date('2026-12-07T10:00:00Z'));
    expect(found?.topic).toBe(topic);
    expect(found?.member.slack).toBe(who);
  });

  test('when a reply asks about nothing a rule names, then no override applies', async () => {
    expect(
      await topicOverride(deps, reply('Thanks, talk soon.'), new Date('2026-12-07T10:00:00Z')),
    ).toBeUndefined();
  });
});

describe('a pod at the edges of its hours', () => {
  // Sam works New York hours, Maya Berlin's: at 10:00 UTC on a Monday only Maya is working.
  const pod = new Directory(
    testPolicy({
      routing: { coverOffHours: true, overrides: [{ topics: ['pricing'], to: [people.sam, people.maya] }] },
    }),
  );
  let db: mongoose.Connection;
  beforeAll(async () => {
    db = await mongoose.createConnection(databaseUri('topic_pod_hours')).asPromise();
  });
  afterAll(async () => {
    await db.dropDatabase();
    await db.close();
  });

  test('when the one in turn is outside their hours, then the next in the pod who is working takes it, whoever’s turn it is', async () => {
    const at = new Date('2026-12-07T10:00:00Z');
    const taken = [];
    for (const id of ['p1@acme.com', 'p2@acme.com']) {
      const r = { ...reply('Can you send over pricing for a team of 12?'), _id: id } as Reply;
      taken.push((await topicOverride({ directory: pod, db }, r, at))?.member.slack);
    }
    expect(taken).toEqual([people.maya, people.maya]);
  });
});
