import { spawnSync } from 'node:child_process';

// V8 stops optimising the patterns it compiles once a process has made over 1 MB of regexp code,
// and bytecode counts in full (src/domain/regexp-engine.ts). So the classifier's patterns must go
// straight to machine code: a reply read after the first must leave no regexp bytecode behind.
describe('how V8 compiles the classifier’s phrase lists', () => {
  it('when replies are read, then no pattern is compiled to bytecode after the classifier loads', () => {
    const script = `
      const { classify } = await import('./src/domain/classify.ts');
      console.log('LOADED');
      for (const replyText of [
        'Sounds interesting. Can you send over pricing for a team of 12?',
        'Not a priority for us this year, maybe reach out in Q3.',
        'Ich bin bis zum 3. Januar nicht im Büro.',
        'Спасибо, не интересно. Удалите меня из рассылки.',
      ])
        classify({ from: 'dana@acme.com', subject: 'Re: ClaimDesk', replyText, headers: {}, receivedAt: new Date('2026-11-23T12:00:00Z') });
      console.log('READ');
    `;
    const run = spawnSync(
      process.execPath,
      ['--trace-regexp-tier-up', '--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    const afterLoad = run.stdout.slice(run.stdout.indexOf('LOADED'));
    expect(afterLoad).toContain('READ');
    // Machine code is still made: the trace is on and the patterns did run.
    expect(afterLoad).toMatch(/native code size/);
    expect(afterLoad.match(/bytecode size/g) ?? []).toEqual([]);
  });
});

describe('where the flag is set', () => {
  it('when the app or the tests start, then node is given the flag at start (not changed at run time)', async () => {
    const { FLAG } = await import('../../src/domain/regexp-engine.js');
    const { readFile } = await import('node:fs/promises');
    const scripts = JSON.parse(await readFile('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts.start).toContain(`node ${FLAG} `);
    expect(scripts.jest).toContain(`node ${FLAG} `);
  });
});
