import { normaliseSource, route } from '../../src/domain/routing.js';

const names: Record<string, string> = { M: 'Maya', J: 'John', S: 'Sam', L: 'Lea' };
const nameOf = (id: string) => names[id] ?? id;
const order = ['thread', 'account', 'source', 'sequence', 'territory', 'fallback'] as const;

describe('reply routing priority', () => {
  test('when several steps find someone, then the first in the policy order owns it and the others are named as losing', () => {
    const d = route(
      [
        { step: 'territory', member: 'J', why: 'is next in territory West (round robin)' },
        { step: 'sequence', member: 'S', why: 'sent the email this answers, in sequence Q4 outbound' },
        { step: 'account', member: 'M', why: 'owns acme.com' },
      ],
      order,
      'L',
      nameOf,
    );
    expect(d.owner).toBe('M');
    expect(d.explanation).toBe(
      'Maya owns acme.com — beats Sam (sent the email this answers, in sequence Q4 outbound) and John (is next in territory West (round robin))',
    );
    expect(d.losers.map((l) => l.member)).toEqual(['S', 'J']);
  });

  test('when the policy puts sequence before account, then the sequence owner wins', () => {
    const d = route(
      [
        { step: 'account', member: 'M', why: 'account owner of acme.com' },
        { step: 'sequence', member: 'S', why: 'sequence owner (Q4)' },
      ],
      ['sequence', 'account', 'fallback'],
      'L',
      nameOf,
    );
    expect(d.owner).toBe('S');
  });

  test('when nobody is found, then the fallback owner has it; the same person found twice is no rival', () => {
    expect(route([], order, 'L', nameOf)).toMatchObject({
      owner: 'L',
      step: 'fallback',
      explanation: 'Lea is the fallback owner',
    });
    const twice = route(
      [
        { step: 'thread', member: 'M', why: 'owns this thread' },
        { step: 'account', member: 'M', why: 'owns acme.com' },
      ],
      order,
      'L',
      nameOf,
    );
    expect(twice.explanation).toBe('Maya owns this thread');
  });

  test('when lead-source labels vary, then they normalise to the policy’s source', () => {
    const sources = [
      { name: 'Apollo', aliases: ['apollo.io'], owner: 'M' },
      { name: 'Referral', aliases: ['partner referral'], owner: 'L' },
    ];
    for (const label of ['Apollo', 'apollo.io', 'APOLLO export', 'apollo'])
      expect(normaliseSource(label, sources)?.name).toBe('Apollo');
    expect(normaliseSource('Partner Referral (Q3)', sources)?.name).toBe('Referral');
    expect(normaliseSource('LinkedIn', sources)).toBeUndefined();
    expect(normaliseSource(undefined, sources)).toBeUndefined();
  });
});
