import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activityModel } from '../../src/store/activities.js';
import { claimModel } from '../../src/store/claims.js';
import { contactFlagModel } from '../../src/store/contacts.js';
import { csvCell } from '../../src/views/csv.js';
import { API_TOKEN, startTestApp, type TestApp } from '../support/harness.js';
import { people } from '../support/policy.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * The CLI in a child process, awaited without blocking this process: the app under test runs
 * here too, and a blocked event loop let keep-alive sockets expire under the client's feet.
 */
const runCli = (file: string) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      'node',
      ['--import', 'tsx', 'src/cli/check.ts', file],
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, MONGODB_URI: dbUri },
        encoding: 'utf8',
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });

let t: TestApp;
let dbUri: string;
beforeAll(async () => {
  t = await startTestApp('api');
  dbUri = `mongodb://${t.app.deps.db.host}:${t.app.deps.db.port}/${t.app.deps.db.name}`;
  await t.command(people.sam, '/claim', 'owned.io active_sequence');
  await t.command(people.maya, '/claim', 'soft.io');
  await contactFlagModel(t.app.deps.db).create({
    _id: 'left@gone.io',
    status: 'unsubscribed',
    at: new Date(),
    source: 'test',
  });
});
afterAll(() => t.stop());

const post = (path: string, body: string, contentType = 'application/json', token = API_TOKEN) =>
  fetch(`${t.app.url}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
    body,
  });

describe('API authentication', () => {
  test.each([
    ['no token', ''],
    ['a wrong token', 'wrong-token-wrong-token-wrong'],
  ])('when a request has %s, then it gets 401 and nothing is stored', async (_what, token) => {
    const res = await post(
      '/activities',
      JSON.stringify({ type: 'call', domain: 'x.io', member: people.sam }),
      'application/json',
      token,
    );
    expect(res.status).toBe(401);
    expect(await activityModel(t.app.deps.db).countDocuments({ domain: 'x.io' })).toBe(0);
  });
});

describe('POST /api/activities', () => {
  test('when the owner’s outbound email is recorded, then the claim is activated; the same messageId again is not recorded twice', async () => {
    const body = JSON.stringify({
      type: 'outbound_email',
      email: 'ceo@owned.io',
      member: 'sam@ourco.io',
      at: '2026-11-23T10:00:00Z',
      messageId: '<m1@ourco.io>',
    });
    const first = await post('/activities', body);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({
      recorded: true,
      activated: [{ key: 'account:owned.io' }],
      conflict: null,
    });
    expect(
      (await claimModel(t.app.deps.db).findOne({ key: 'account:owned.io' }).lean())?.activatedAt,
    ).toEqual(new Date('2026-11-23T10:00:00Z'));

    const again = await post('/activities', body);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ recorded: false, duplicate: true });
    expect(await activityModel(t.app.deps.db).countDocuments({ messageId: 'm1@ourco.io' })).toBe(1); // stored as replies quote it, without <>
  });

  test('when another rep’s activity hits a claimed account, then it is recorded and the conflict alert goes out', async () => {
    const res = await post(
      '/activities',
      JSON.stringify({
        type: 'sequence_start',
        domain: 'owned.io',
        member: people.john,
        sequence: 'Q4 blitz',
      }),
    );
    expect(await res.json()).toMatchObject({
      recorded: true,
      conflict: { owner: people.sam, ownerName: 'Sam Ortiz' },
    });
    await t.slack.waitForCall(
      'chat.postMessage',
      (c) => c.args.channel === people.john && String(c.args.text).startsWith('owned.io is claimed'),
    );
  });

  test('when the body is malformed, then 400 names each bad field', async () => {
    const res = await post('/activities', JSON.stringify({ type: 'fax', member: '', at: 'yesterday' }));
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { problems: { path: string }[] }).problems.map((p) => p.path).sort();
    expect(paths).toEqual(['at', 'member', 'type']);
  });

  test('when neither email nor domain is given, then 400 says to give one', async () => {
    const res = await post('/activities', JSON.stringify({ type: 'call', member: people.sam }));
    expect(await res.json()).toMatchObject({
      problems: [{ path: 'email', message: 'give email or domain' }],
    });
  });

  test('when the body is not JSON at all, then it is a JSON 400, not a crash', async () => {
    const res = await post('/activities', '{"type":');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_json' });
  });

  test('when the member is not in the policy, then 422 says whom to ask', async () => {
    const res = await post(
      '/activities',
      JSON.stringify({ type: 'call', domain: 'x.io', member: 'intern@ourco.io' }),
    );
    expect(res.status).toBe(422);
    expect(((await res.json()) as { message: string }).message).toContain('Lea Brandt');
  });
});

describe('POST /api/check', () => {
  test('when a JSON list mixes clear, warn, blocked, suppressed and bad rows, then each row gets its own verdict or error', async () => {
    const res = await post(
      '/check',
      JSON.stringify(['free.io', 'soft.io', { email: 'cto@owned.io' }, 'left@gone.io', 'localhost', '']),
    );
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as {
      results: { row: number; verdict: string; ownerName?: string; error?: string }[];
    };
    expect(results.map((r) => r.verdict)).toEqual(['clear', 'warn', 'blocked', 'blocked', 'error', 'error']);
    expect(results[2]).toMatchObject({ ownerName: 'Sam Ortiz', reason: 'active_sequence' });
    expect(results[4]?.error).toContain('not a public domain');
  });

  test('when a CSV with an email column is posted, then rows are read from that column', async () => {
    const res = await post('/check', 'name,email\nJane,jane@owned.io\nBob,bob@free.io\n', 'text/csv');
    const { results } = (await res.json()) as { results: { row: number; input: string; verdict: string }[] };
    expect(results).toMatchObject([
      { row: 1, input: 'jane@owned.io', verdict: 'blocked' },
      { row: 2, input: 'bob@free.io', verdict: 'clear' },
    ]);
  });

  test('when a list holds one company twice and a contact twice, then the duplicates are listed and each repeat points at its first row', async () => {
    const res = await post(
      '/check',
      JSON.stringify([
        'dup.io',
        'https://www.dup.io/pricing',
        { email: 'kim@dup2.io', member: 'sam@ourco.io' },
        { email: 'lee@dup2.io', member: people.john },
        { email: 'KIM@dup2.io', member: 'Sam Ortiz' },
      ]),
    );
    const body = (await res.json()) as {
      results: { row: number; duplicateOf?: number }[];
      duplicates: { kind: string; rows: number[]; members?: string[] }[];
    };
    expect(body.results.map((r) => r.duplicateOf)).toEqual([undefined, 1, undefined, undefined, 3]);
    expect(body.duplicates).toEqual([
      { kind: 'same_contact', key: 'contact:kim@dup2.io', rows: [3, 5] },
      { kind: 'same_account', key: 'account:dup.io', rows: [1, 2] },
      { kind: 'split_account', key: 'account:dup2.io', rows: [3, 4, 5], members: [people.sam, people.john] },
    ]);
  });

  test('when more than 10,000 rows are sent, then 413 says the limit', async () => {
    const res = await post('/check', JSON.stringify(Array.from({ length: 10_001 }, (_, i) => `d${i}.io`)));
    expect(res.status).toBe(413);
  });
});

describe('npm run check -- list.csv', () => {
  const dir = scratchDir('check');

  test('when a list has a blocked row, then the CLI prints one CSV line per row and exits 3', async () => {
    const file = join(dir, 'blocked.csv');
    writeFileSync(file, 'domain\nowned.io\nnew.io\n');
    const run = await runCli(file);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
    const [header, ...lines] = run.stdout.trim().split('\n');
    expect(header).toBe('file,row,input,verdict,owner,reason,expires_at,error,why,duplicate_of');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${file},1,owned\\.io,blocked,Sam Ortiz,active_sequence,\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z,,held_hard,$`,
      ),
    );
    expect(lines[1]).toBe(`${file},2,new.io,clear,,,,,free,`);
  });

  test('when a list repeats a contact and splits an account between reps, then the CLI marks the repeat, names the split and exits 3', async () => {
    const file = join(dir, 'split.csv');
    writeFileSync(
      file,
      'email,rep\na@split.io,sam@ourco.io\nb@split.io,John Reed\nA@split.io,sam@ourco.io\n',
    );
    const run = await runCli(file);
    expect(run.status).toBe(3);
    const lines = run.stdout.trim().split('\n').slice(1);
    expect(lines[2]).toMatch(/,3,A@split\.io,clear,.*,1$/);
    expect(run.stderr).toContain('rows 1, 2, 3 are contacts of split.io given to Sam Ortiz and John Reed');
  });
});

describe('CSV written for spreadsheets', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1 415 555 0100', "'+1 415 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['acme.com', 'acme.com'],
    ['a,b', '"a,b"'],
  ])('when a cell is %j, then it is written as text: %s', (cell, written) => {
    expect(csvCell(cell)).toBe(written);
  });
});

describe('HTTP edges', () => {
  test('when the token is sent without the Bearer scheme, then it gets 401', async () => {
    for (const authorization of [API_TOKEN, `Basic ${API_TOKEN}`, `Token ${API_TOKEN}`]) {
      const res = await fetch(`${t.app.url}/api/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: '["acme.com"]',
      });
      expect(res.status).toBe(401);
    }
  });

  test('when /api/check gets a content type it does not read, then 415 says what it reads', async () => {
    const res = await post('/check', '<rows><row>acme.com</row></rows>', 'application/xml');
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual(
      expect.objectContaining({
        error: 'unsupported_media_type',
        message: expect.stringContaining('text/csv'),
      }),
    );
  });

  test('when an activity is dated in the future, then 400 names the field and nothing is stored', async () => {
    const at = new Date(Date.now() + 60 * 60_000).toISOString();
    const res = await post(
      '/activities',
      JSON.stringify({ type: 'call', domain: 'future.io', member: people.sam, at }),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { problems: unknown }).problems).toEqual([
      expect.objectContaining({ path: 'at' }),
    ]);
    expect(await activityModel(t.app.deps.db).countDocuments({ domain: 'future.io' })).toBe(0);
    // A sequencer's clock a minute ahead is fine.
    const skewed = new Date(Date.now() + 60_000).toISOString();
    const ok = await post(
      '/activities',
      JSON.stringify({ type: 'call', domain: 'future.io', member: people.sam, at: skewed }),
    );
    expect(ok.status).toBe(201);
  });
});
