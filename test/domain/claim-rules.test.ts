import { checkVerdict, decideClaim, type Holder, type Situation } from '../../src/domain/claim-rules.js';
import { parseTarget } from '../../src/domain/target.js';

const holder = (owner: string, reason: Holder['reason'] = 'prospecting'): Holder => ({
  owner,
  reason,
  key: 'account:acme.com',
  level: 'account',
  claimedAt: new Date('2026-11-23T09:00:00Z'),
  expiresAt: new Date('2026-12-07T09:00:00Z'),
});
const situation = (over: Partial<Situation>): Situation => ({
  requester: 'SAM',
  target: parseTarget('jane@acme.com'),
  hardBlockReasons: ['active_sequence'],
  ...over,
});
const johnsSequence = { kind: 'sequence' as const, member: 'JOHN', sequence: 'Q4' };

describe('the pre-send check with live work from the records', () => {
  test('when someone else’s sequence runs on a contact nobody claimed, then it is blocked', () => {
    expect(checkVerdict(situation({ live: [johnsSequence] }))).toMatchObject({
      verdict: 'blocked',
      why: 'live_elsewhere',
      live: johnsSequence,
    });
  });

  test('when the sequence is the asker’s own, then it is clear', () => {
    expect(checkVerdict(situation({ requester: 'JOHN', live: [johnsSequence] })).verdict).toBe('clear');
  });

  test('when the asker holds the account, then another rep’s stray sequence does not lock them out', () => {
    expect(checkVerdict(situation({ accountHolder: holder('SAM'), live: [johnsSequence] }))).toMatchObject({
      verdict: 'clear',
      why: 'yours',
    });
  });

  test('when a soft claim would only warn but someone’s sequence runs on the contact, then it is blocked', () => {
    expect(
      checkVerdict(situation({ requester: 'MAYA', accountHolder: holder('SAM'), live: [johnsSequence] })),
    ).toMatchObject({ verdict: 'blocked', why: 'live_elsewhere' });
  });

  test('when strict mode is on, then a target nobody owns is blocked, and an owned one is not', () => {
    expect(checkVerdict(situation({ requireOwner: true }))).toMatchObject({
      verdict: 'blocked',
      why: 'unowned',
    });
    expect(checkVerdict(situation({ requireOwner: true, accountHolder: holder('SAM') })).why).toBe('yours');
  });
});

describe("an account's owner in the policy: a permanent claim", () => {
  const account = parseTarget('acme.com');
  test('when another rep checks or claims it, then it is blocked by the standing owner, whatever claims say', () => {
    for (const over of [{}, { accountHolder: holder('MAYA', 'active_sequence') }]) {
      const s = situation({ requester: 'MAYA', target: account, standingOwner: 'AVA', ...over });
      expect(checkVerdict(s)).toEqual({ verdict: 'blocked', why: 'standing_owner', standingOwner: 'AVA' });
      expect(decideClaim(s)).toEqual({ kind: 'standing', owner: 'AVA' });
    }
  });

  test('when the owner checks or claims their account, then it is theirs with nothing to take', () => {
    const s = situation({ requester: 'AVA', target: account, standingOwner: 'AVA' });
    expect(checkVerdict(s)).toMatchObject({ verdict: 'clear', why: 'yours', standingOwner: 'AVA' });
    expect(decideClaim(s)).toEqual({ kind: 'standing', owner: 'AVA' });
    // A stored claim of someone else's on it does not count against the owner.
    expect(checkVerdict({ ...s, accountHolder: holder('MAYA', 'active_sequence') }).verdict).toBe('clear');
  });

  test('when the owner let a rep co-own one contact, then that contact is the rep’s and still not the owner’s to take', () => {
    const contact = { ...holder('MAYA'), key: 'contact:jane@acme.com', level: 'contact' as const };
    const maya = situation({ requester: 'MAYA', standingOwner: 'AVA', contactHolder: contact });
    expect(checkVerdict(maya)).toMatchObject({ verdict: 'clear', why: 'yours' });
    const ava = situation({ requester: 'AVA', standingOwner: 'AVA', contactHolder: contact });
    expect(decideClaim(ava)).toMatchObject({ kind: 'conflict' });
  });
});
