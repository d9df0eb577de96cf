import { weeklyCron } from '../../src/jobs/index.js';

describe('when the weekly posts come', () => {
  test.each([
    [['mon', 'tue', 'wed', 'thu', 'fri'], '09:00', '0 9 * * 1'],
    [['sun', 'mon', 'tue', 'wed', 'thu'], '08:30', '30 8 * * 0'],
    [['tue', 'wed', 'thu', 'fri', 'sat'], '10:15', '15 10 * * 2'],
    [['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], '07:00', '0 7 * * 1'],
  ])('when RevOps works %j from %s, then the cron is %s', (days, start, cron) => {
    expect(weeklyCron({ days, start })).toBe(cron);
  });
});
