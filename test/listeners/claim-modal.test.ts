import { DateTime } from 'luxon';
import { claimModel } from '../../src/store/claims.js';
import { fields, modals } from '../../src/views/ids.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp('claim_modal');
});
afterAll(() => t.stop());

const values = (target: string, level: string, date?: string) => ({
  [fields.target.block]: { [fields.target.action]: { type: 'plain_text_input', value: target } },
  [fields.level.block]: {
    [fields.level.action]: { type: 'static_select', selected_option: { value: level } },
  },
  [fields.reason.block]: {
    [fields.reason.action]: { type: 'static_select', selected_option: { value: 'prospecting' } },
  },
  [fields.note.block]: { [fields.note.action]: { type: 'plain_text_input', value: null } },
  [fields.expiry.block]: { [fields.expiry.action]: { type: 'datepicker', selected_date: date ?? null } },
});
const view = { callback_id: modals.claim, private_metadata: '' };
const mayaDate = (days: number) =>
  DateTime.now().setZone('Europe/Berlin').plus({ days }).toISODate() as string;

describe('the claim modal', () => {
  test('when the level is contact but the target is a domain, and the date is too late, then both fields show errors', async () => {
    const res = await t.requests.viewSubmission(
      people.maya,
      view,
      values('acme.com', 'contact', mayaDate(30)),
    );
    const body = res.json() as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors[fields.target.block]).toBe(
      'A contact claim needs an email address, e.g. jane@acme.com.',
    );
    expect(body.errors[fields.expiry.block]).toMatch(/^Pick a date from /);
    expect(await claimModel(t.app.deps.db).countDocuments()).toBe(0);
  });

  test('when account level is chosen for an email with a sooner expiry, then the company is claimed until the end of that day', async () => {
    const res = await t.requests.viewSubmission(
      people.maya,
      view,
      values('Jane@Modal.io', 'account', mayaDate(3)),
    );
    expect(res.body).toBe('');
    const dm = await t.slack.waitForCall('chat.postMessage', (c) => c.args.channel === people.maya);
    expect(String(dm.args.text)).toMatch(/^modal\.io is yours until/);
    const claim = await claimModel(t.app.deps.db).findOne({ key: 'account:modal.io' }).lean();
    const expected = DateTime.fromISO(mayaDate(3), { zone: 'Europe/Berlin' }).endOf('day').toJSDate();
    expect(claim?.expiresAt).toEqual(expected);
  });
});
