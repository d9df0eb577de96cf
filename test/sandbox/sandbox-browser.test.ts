import { mkdirSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { type RunningApp, startApp } from '../../src/app.js';
import { createLog } from '../../src/log.js';
import { activityModel } from '../../src/store/activities.js';
import { claimLockModel } from '../../src/store/claims.js';
import { databaseUri } from '../support/harness.js';
import { people, testPolicy } from '../support/policy.js';
import { waitUntil } from '../support/wait.js';

/**
 * The local sandbox in a real browser (Debian's Chromium, driven by playwright-core): the app
 * started with no Slack variables serves /sandbox, and everything the page does reaches the
 * app as signed Slack requests.
 */
const SHOTS = 'test-output';
let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  app = await startApp(
    {
      mongodbUri: databaseUri('sandbox_browser'),
      slack: { kind: 'sandbox' },
      slackApiUrl: 'https://slack.com/api/',
      port: 0,
      policyFile: 'examples/policy.yaml',
      logLevel: 'silent',
    },
    { policy: testPolicy(), log: createLog('silent'), processEvery: 200 },
  );
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH });
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await app?.deps.db.dropDatabase();
  await app?.stop();
});

/** Waits bound failing runs only (a busy machine is slow, not wrong): longer than Playwright's 30 s. */
async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(90_000);
  return page;
}

test('when a rep claims in the sandbox and a second rep runs into it, then the second sees the conflict alert and can pause their sequence', async () => {
  const page = await newPage();
  await page.goto(`${app.url}/sandbox/?as=${people.sam}`);
  await page.locator('#command').fill('/claim acme.com active_sequence first touch');
  await page.locator('#command').press('Enter');
  await page.getByText('is yours (account, active sequence)').waitFor();
  expect((await claimLockModel(app.deps.db).findById('account:acme.com').lean())?.owner).toBe(people.sam);

  await page.locator('#as').selectOption(people.john);
  await page.locator('#command').fill('/claim acme.com');
  await page.locator('#command').press('Enter');
  const pause = page.getByRole('button', { name: 'Pause my sequence' });
  await pause.waitFor();
  await pause.click();
  await waitUntil(
    async () =>
      (await activityModel(app.deps.db).countDocuments({ member: people.john, type: 'sequence_pause' })) ===
      1,
  );
  await page
    .getByText(/paused/i)
    .first()
    .waitFor();
  await page.screenshot({ path: `${SHOTS}/sandbox.png` });

  // The page renders the app's text as text: nothing from the app becomes markup.
  expect(await page.locator('#messages script').count()).toBe(0);
}, 120_000);

test('when a dispute reaches the lead, then the lead approves the handoff in the thread; and an owner gets a dropped reply as a DM with an SLA', async () => {
  const page = await newPage();
  await page.goto(`${app.url}/sandbox/?as=${people.sam}`);
  await page.locator('#command').fill('/claim globex.com');
  await page.locator('#command').press('Enter');
  await page.getByText('globex.com').first().waitFor();

  // Maya runs into it and asks for a handoff (a modal with a reason).
  await page.locator('#as').selectOption(people.maya);
  await page.locator('#command').fill('/claim globex.com');
  await page.locator('#command').press('Enter');
  await page.getByRole('button', { name: 'Ask for handoff' }).click();
  await page
    .locator('#modal textarea, #modal input[type=text]')
    .first()
    .fill('Their CFO is my former client');
  await page.locator('#modal button[type=submit]').click();
  await page.locator('#modal').waitFor({ state: 'hidden' });

  // In the group DM, Maya asks the lead; Lea approves in the thread of the lead-channel post.
  await page.getByText(/^group: Sam Ortiz$/).click();
  await page.getByRole('button', { name: 'Ask the lead' }).click();
  await page.locator('#as').selectOption(people.lea);
  await page.getByText('# east-leads').click();
  await page.locator('.thread').getByRole('button', { name: 'Approve handoff' }).click();
  await waitUntil(
    async () =>
      (await claimLockModel(app.deps.db).findById('account:globex.com').lean())?.owner === people.maya,
  );
  await page
    .getByText(/decided: hands it over/)
    .first()
    .waitFor();
  await page.screenshot({ path: `${SHOTS}/sandbox-thread.png` });

  // Sam owns acme.com (first test): a dropped interested reply is his, with an SLA.
  await page.locator('#as').selectOption(people.sam);
  await page.getByText('ClaimDesk (DM)').click();
  await page.locator('#sample').selectOption('interested.eml');
  await page.getByRole('button', { name: 'Deliver to the inbox' }).click();
  await page
    .getByText(/SLA: reply due by/)
    .first()
    .waitFor();
  await page.screenshot({ path: `${SHOTS}/sandbox-reply.png` });
}, 120_000);
