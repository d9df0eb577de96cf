import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory under the system's temp folder, removed when the test file's tests end,
 * so a run leaves nothing behind in /tmp (CI runs the suite many times on one machine). */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `claimdesk-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
