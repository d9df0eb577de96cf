import {
  canTransition,
  defaultDecision,
  onTimeout,
  opsDecision,
  timeboxDue,
} from '../../src/domain/escalation.js';

const cal = {
  timezone: 'Europe/Berlin',
  hours: {
    days: ['mon', 'tue', 'wed', 'thu', 'fri'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[],
    start: '09:00',
    end: '18:00',
  },
  holidays: [],
};
const rules = {
  rep: 30,
  lead: 120,
  ops: 'end_of_day' as const,
  defaults: { rep: 'signals', lead: 'signals', ops: 'signals' } as const,
};
const local = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' }).slice(0, 16);
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 10));

describe('escalation rules', () => {
  test('when transitions are asked for, then only the table’s [from, to, cause] are allowed', () => {
    expect(canTransition('rep', 'lead', 'asked_lead')).toBe(true);
    expect(canTransition('rep', 'lead', 'timebox_expired')).toBe(true);
    expect(canTransition('rep', 'ops', 'sent_to_ops')).toBe(false);
    expect(canTransition('lead', 'decided', 'agreed')).toBe(false);
    expect(canTransition('decided', 'lead', 'timebox_expired')).toBe(false);
    expect([onTimeout('rep'), onTimeout('lead'), onTimeout('ops')]).toEqual(['lead', 'ops', 'decided']);
  });

  test('when timeboxes start at 17:50 on a Friday, then rep is due Monday 09:20, lead Monday 10:50, ops Monday 10:00', () => {
    const friday = new Date('2026-11-27T16:50:00Z');
    expect(local(timeboxDue('rep', friday, cal, rules))).toBe('2026-11-30 09:20');
    expect(local(timeboxDue('lead', friday, cal, rules))).toBe('2026-11-30 10:50');
    expect(local(timeboxDue('ops', friday, cal, rules))).toBe('2026-11-30 10:00');
  });

  test('when one rep has the more recent positive signal, then they send and the other pauses', () => {
    const d = defaultDecision(
      { rep: 'H', lastPositiveSignalAt: day(2) },
      { rep: 'C', lastPositiveSignalAt: day(5) },
    );
    expect(d).toEqual({ sender: 'C', pauser: 'H', why: 'recent_positive_signal' });
  });

  test('when neither has a signal, then the earlier first recorded outbound wins, not who typed /claim first', () => {
    expect(
      defaultDecision({ rep: 'H', firstOutboundAt: day(9) }, { rep: 'C', firstOutboundAt: day(3) }),
    ).toEqual({ sender: 'C', pauser: 'H', why: 'first_outbound' });
    expect(defaultDecision({ rep: 'H', firstOutboundAt: day(3) }, { rep: 'C' })).toEqual({
      sender: 'H',
      pauser: 'C',
      why: 'first_outbound',
    });
  });

  test('when everything is tied, then the holder keeps it', () => {
    expect(defaultDecision({ rep: 'H' }, { rep: 'C' })).toEqual({
      sender: 'H',
      pauser: 'C',
      why: 'holder_keeps',
    });
    expect(
      defaultDecision({ rep: 'H', firstOutboundAt: day(1) }, { rep: 'C', firstOutboundAt: day(1) }).why,
    ).toBe('holder_keeps');
  });

  test('when the policy fixes a tier’s default, then the signals are not weighed', () => {
    const holder = { rep: 'H', lastPositiveSignalAt: day(9) };
    const challenger = { rep: 'C' };
    expect(defaultDecision(holder, challenger, 'challenger_takes')).toEqual({
      sender: 'C',
      pauser: 'H',
      why: 'policy_challenger',
    });
    expect(
      defaultDecision({ rep: 'H' }, { rep: 'C', lastPositiveSignalAt: day(9) }, 'holder_keeps').why,
    ).toBe('policy_holder');
    expect(defaultDecision(holder, challenger, 'signals').why).toBe('recent_positive_signal');
  });
});

describe('the RevOps decision form', () => {
  const reps = { holder: 'U_SAM', challenger: 'U_JOHN' };
  const endOfDay = (d: string) => new Date(`${d}T23:59:59Z`);
  const form = (fields: Record<string, string>) =>
    opsDecision(
      { owner: 'handover', sender: 'U_JOHN', pauser: 'U_SAM', rationale: 'John has the meeting', ...fields },
      reps,
      '2026-11-23',
      endOfDay,
    );

  test.each([
    ['zzzz-garbage', 'Pick a date from the calendar (YYYY-MM-DD).'],
    ['2026-02-30', 'Pick a date from the calendar (YYYY-MM-DD).'],
    ['2026-11-23', 'Pick a day after today.'],
    ['2028-01-01', 'Pick a day within a year.'],
  ])('when "until" is %s, then the form answers on that field and decides nothing', (until, error) => {
    expect(form({ until })).toEqual({ ok: false, errors: { until: error } });
    expect(form({ recheck: until })).toEqual({ ok: false, errors: { recheck: error } });
  });

  test('when the dates are real days ahead, then the decision carries them', () => {
    const checked = form({ until: '2026-12-31', recheck: '2027-01-15' });
    expect(checked).toEqual({
      ok: true,
      decision: expect.objectContaining({
        ownerUntil: new Date('2026-12-31T23:59:59Z'),
        recheckOn: '2027-01-15',
      }),
    });
  });
});
