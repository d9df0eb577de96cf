import mongoose from 'mongoose';
import { holdLease } from '../../src/store/leases.js';
import { databaseUri } from '../support/harness.js';

/** The inbox reader's single-leader lease, raced the way two app instances would race it. */
let db: mongoose.Connection;
beforeAll(async () => {
  db = await mongoose.createConnection(databaseUri('lease')).asPromise();
});
afterAll(async () => {
  await db.dropDatabase();
  await db.close();
});

test('when two instances ask for the inbox lease at once, then exactly one holds it until it expires, then the other can take it', async () => {
  const t0 = new Date('2026-11-23T10:00:00Z');
  const results = await Promise.all(
    ['a', 'b', 'c', 'd'].map((holder) => holdLease(db, 'inbox:sales', holder, 60_000, t0)),
  );
  expect(results.filter(Boolean)).toHaveLength(1);
  const winner = ['a', 'b', 'c', 'd'][results.indexOf(true)] as string;
  const loser = winner === 'a' ? 'b' : 'a';

  expect(await holdLease(db, 'inbox:sales', winner, 60_000, new Date(t0.getTime() + 20_000))).toBe(true); // renewed
  expect(await holdLease(db, 'inbox:sales', loser, 60_000, new Date(t0.getTime() + 70_000))).toBe(false); // renewal moved expiry
  expect(await holdLease(db, 'inbox:sales', loser, 60_000, new Date(t0.getTime() + 81_000))).toBe(true); // expired: taken over
  expect(await holdLease(db, 'inbox:sales', winner, 60_000, new Date(t0.getTime() + 82_000))).toBe(false);
});
