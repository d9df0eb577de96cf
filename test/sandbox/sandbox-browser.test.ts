import { mkdirSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { type RunningApp, startApp } from '../../src/app.js';
import { createLog } from '../../src/log.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { activityModel } from '../../src/store/activities.js';
import { claimLockModel } from '../../src/store/claims.js';
import { type Reply, replyModel } from '../../src/store/replies.js';
import { databaseUri, dropTestDatabase } from '../support/harness.js';
import { people } from '../support/policy.js';
import { eventually, waitUntil } from '../support/wait.js';

/**
 * The local sandbox in a real browser (Debian's Chromium, driven by playwright-core): the app
 * started with no Slack variables serves /sandbox, and everything the page does reaches the
 * app as signed Slack requests.
 */
const SHOTS = 'test-output';
let app: RunningApp;
const uri = databaseUri('sandbox_browser');
let browser: Browser;
beforeAll(async () => {
  app = await startApp(
    {
      mongodbUri: uri,
      slack: { kind: 'sandbox' },
      slackApiUrl: 'https://slack.com/api/',
      port: 0,
      policyFile: 'examples/policy.yaml',
      logLevel: 'silent',
    },
    // The policy `npm start` reads, as the README's story assumes.
    { policy: loadPolicyFile('examples/policy.yaml'), log: createLog('silent'), processEvery: 200 },
  );
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH });
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await dropTestDatabase(uri);
});

/** Waits bound failing runs only (a busy machine is slow, not wrong): longer than Playwright's 30 s. */
async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(90_000);
  return page;
}

/**
 * The README's "Try:" story, step by step as written there, on the policy `npm start` uses; its
 * last screen is the README's screenshot (test-output/sandbox-story.png, copied to docs/).
 */
test('when the README story is walked in the sandbox, then each step shows what it says: claim, conflict, handoff asked, lead approves, the reply goes to the new owner', async () => {
  const page = await newPage();
  const as = (who: string) => page.locator('#as').selectOption(who);
  const type = async (command: string) => {
    await page.locator('#command').fill(command);
    await page.locator('#command').press('Enter');
  };
  // 1. As Sam: /claim acme.com active_sequence first touch
  await page.goto(`${app.url}/sandbox/?as=${people.sam}`);
  await type('/claim acme.com active_sequence first touch');
  await page.getByText(/acme\.com is yours \(account, active sequence\)/).waitFor();

  // 2. As John: /claim acme.com, then Ask for handoff with a reason.
  await as(people.john);
  await type('/claim acme.com');
  await page.getByRole('button', { name: 'Ask for handoff' }).click();
  await page
    .locator('#modal textarea, #modal input[type=text]')
    .first()
    .fill('Their CTO asked for me by name');
  await page.locator('#modal button[type=submit]').click();
  await page.locator('#modal').waitFor({ state: 'hidden' });

  // 3. In the group DM with Sam: Ask the lead. The tier-1 message then says where it went.
  await page.getByText(/^group: Sam Ortiz$/).click();
  await page.getByRole('button', { name: 'Ask the lead' }).click();
  await page
    .getByText(/Went to the team lead/)
    .first()
    .waitFor();

  // 4. As Lea, in # east-leads: Approve handoff in the thread.
  await as(people.lea);
  await page.getByText('# east-leads').click();
  await page.locator('.thread').getByRole('button', { name: 'Approve handoff' }).click();
  await waitUntil(
    async () =>
      (await claimLockModel(app.deps.db).findById('account:acme.com').lean())?.owner === people.john,
  );
  await page
    .getByText(/it is handed over/)
    .first()
    .waitFor();

  // 5. As John, in the DM with ClaimDesk: drop interested.eml (Jane at acme.com): it is his now.
  await as(people.john);
  await page.getByText('ClaimDesk (DM)').click();
  await page.locator('#sample').selectOption('interested.eml');
  await page.getByRole('button', { name: 'Deliver to the inbox' }).click();
  // Stored and routed to John before his DM is looked for, so a failure says which step fell
  // short (the page's toast shows an error the delivery met). Bounded like the page's waits.
  await eventually(async () => {
    const reply = await replyModel(app.deps.db).findOne({ from: 'jane@acme.com' }).lean<Reply>();
    expect({
      toast: (await page.locator('#toast').textContent()) ?? '',
      state: reply?.state,
      owner: reply?.owner,
    }).toEqual({ toast: '', state: 'routed', owner: people.john });
  }, 90_000);
  const sla = page.getByText(/SLA: reply due by/).first();
  await sla.waitFor();
  // The due time is a Slack date token, shown as Slack shows it: in John's zone, day and time.
  expect(await sla.textContent()).toMatch(
    /SLA: reply due by (today|tomorrow|\w{3},? \d{1,2} \w{3}) at \d{2}:\d{2} \(in \d/,
  );
  await page
    .getByText(/Why yours: You own acme\.com/)
    .first()
    .waitFor();
  await page.screenshot({ path: `${SHOTS}/sandbox-story.png` });

  // 6. Mark replied: the DM says how long it took.
  await page.getByRole('button', { name: 'Mark replied' }).last().click();
  await page
    .getByText(/Replied in \d+ min/)
    .first()
    .waitFor();
  // The page renders the app's text as text: nothing from the app becomes markup.
  expect(await page.locator('#messages script').count()).toBe(0);
}, 180_000);

test('when a second rep runs into a claim in the sandbox, then they see the conflict alert and can pause their sequence', async () => {
  const page = await newPage();
  await page.goto(`${app.url}/sandbox/?as=${people.sam}`);
  await page.locator('#command').fill('/claim globex.com active_sequence first touch');
  await page.locator('#command').press('Enter');
  // Sam's DM already holds the first story's "acme.com is yours": wait for this claim's own
  // answer and its lock, or Maya's /claim could come first and simply win globex.com.
  await page.getByText(/globex\.com is yours \(account, active sequence\)/).waitFor();
  await waitUntil(
    async () =>
      (await claimLockModel(app.deps.db).findById('account:globex.com').lean())?.owner === people.sam,
  );

  await page.locator('#as').selectOption(people.maya);
  await page.locator('#command').fill('/claim globex.com');
  await page.locator('#command').press('Enter');
  const pause = page.getByRole('button', { name: 'Pause my sequence' });
  await pause.waitFor();
  await pause.click();
  await waitUntil(
    async () =>
      (await activityModel(app.deps.db).countDocuments({ member: people.maya, type: 'sequence_pause' })) ===
      1,
  );
  await page
    .getByText(/paused/i)
    .first()
    .waitFor();
  await page.screenshot({ path: `${SHOTS}/sandbox-conflict.png` });
}, 120_000);
