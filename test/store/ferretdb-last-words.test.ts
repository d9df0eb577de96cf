import { lastWords } from '../../src/store/local-mongo.js';

// FerretDB's bus errors were reported as the reason and runtime.sigpanic, cut off before the frame
// that faulted: the crashing goroutine's whole stack is what says where.
const crashLog = [
  '2026-12-05T05:00:00.000Z INFO listening on 127.0.0.1:34015',
  'fatal error: fault',
  '[signal SIGBUS: bus error code=0x2 addr=0x7f40689a51f4 pc=0xd83c6d]',
  '',
  'goroutine 48292 gp=0x11450f366f00 m=13 mp=0x11450ec65008 [running]:',
  'runtime.throw({0x11de5d2?, 0x11450ef47cf8?})',
  '\truntime/panic.go:1229 +0x48 fp=0x11450ef47cd0 sp=0x11450ef47ca0 pc=0x48b9e8',
  'runtime.sigpanic()',
  '\truntime/signal_unix.go:928 +0x10a fp=0x11450ef47d30 sp=0x11450ef47cd0 pc=0x48d9ea',
  'modernc.org/sqlite/lib.walIndexAppend(...)',
  '\tmodernc.org/sqlite@v1.29.9/lib/sqlite_linux_amd64.go:70000 +0x2d',
  '',
  'goroutine 1 gp=0xc000002380 m=nil [IO wait]:',
  ...Array.from({ length: 200 }, (_, i) => `runtime.frame${i}()`),
  'created by github.com/FerretDB/FerretDB/internal/util/ctxutil.WithDelay in goroutine 47550',
].join('\n');

test('when FerretDB dies of a fault, then its last words name the reason and every frame of the goroutine that faulted', () => {
  const said = lastWords(crashLog).split('\n');
  expect(said[0]).toBe('fatal error: fault');
  expect(said).toContain('[signal SIGBUS: bus error code=0x2 addr=0x7f40689a51f4 pc=0xd83c6d]');
  expect(said).toContain('modernc.org/sqlite/lib.walIndexAppend(...)');
  expect(said).not.toContain('goroutine 1 gp=0xc000002380 m=nil [IO wait]:');
  expect(said.at(-1)).toMatch(/^created by .*WithDelay/);
  expect(said.length).toBeLessThan(30);
});

test('when FerretDB stops with no crash, then its last lines are said', () => {
  expect(lastWords('a\nb\nshutting down')).toBe('a\nb\nshutting down');
});
