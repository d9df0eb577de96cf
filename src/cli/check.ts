import { existsSync, readFileSync } from 'node:fs';
import { systemClock } from '../clock.js';
import { MAX_CHECK_ROWS, parseCheckRows } from '../http/check-rows.js';
import { checkRows } from '../usecases/check.js';
import { csvCell } from '../views/csv.js';
import { cliContext } from './context.js';

/**
 * `npm run check -- list.csv [more.csv|.json …]`: the pre-launch check of a list, as CSV on
 * stdout. Exit 0 when nothing is blocked, 3 when a row is blocked, 2 on bad usage or input.
 * Needs MONGODB_URI (the app's database) and reads POLICY_FILE like the app.
 */
async function main(files: string[]): Promise<number> {
  if (files.length === 0) return usage('give one or more files: npm run check -- list.csv');
  const context = await cliContext();
  if (typeof context === 'string') return usage(context);
  const { db, directory } = context;
  let blocked = 0;
  try {
    console.log('file,row,input,verdict,owner,reason,expires_at,error,why,duplicate_of');
    for (const file of files) {
      if (!existsSync(file)) return usage(`no file at ${file}`);
      const text = readFileSync(file, 'utf8');
      const rows = parseCheckRows(
        file.endsWith('.json') ? JSON.parse(text) : text,
        file.endsWith('.json') ? 'json' : 'csv',
      );
      if (rows.length > MAX_CHECK_ROWS)
        return usage(`${file} has ${rows.length} rows; split it into files of at most ${MAX_CHECK_ROWS}`);
      const { results, duplicates } = await checkRows(
        { db: db.connection, directory, clock: systemClock },
        rows,
      );
      for (const r of results) {
        if (r.verdict === 'blocked') blocked++;
        const cells = [
          file,
          r.row,
          r.input,
          r.verdict,
          'ownerName' in r ? r.ownerName : '',
          'reason' in r ? r.reason : '',
          'expiresAt' in r ? r.expiresAt?.toISOString() : '',
          'error' in r ? r.error : '',
          'why' in r ? r.why : '',
          'duplicateOf' in r ? r.duplicateOf : '',
        ];
        console.log(cells.map(csvCell).join(','));
      }
      // A list with duplicates should not go out as it is: it counts like a blocked row.
      if (duplicates.length > 0) blocked++;
      // Contacts of one account given to different members: said once per account, on stderr.
      for (const d of duplicates.filter((x) => x.kind === 'split_account'))
        console.error(
          `${file}: rows ${d.rows.join(', ')} are contacts of ${d.key.replace('account:', '')} given to ${d.members?.map((m) => directory.nameOf(m)).join(' and ')}: one owner per account`,
        );
    }
  } finally {
    await db.close();
  }
  return blocked > 0 ? 3 : 0;
}

function usage(message: string): number {
  console.error(`check: ${message}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`check: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
