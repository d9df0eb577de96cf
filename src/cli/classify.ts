/**
 * npm run classify -- <files.eml…>: one JSON line per file: {"file","category","intent","flags",
 * "confidence","signals"} plus "returnDate" (out of office), "bounce" (address, permanent) and
 * "stopsFor" (addresses the writer asked us to stop mailing in place of their own).
 * Reads the files only: no database, no Slack. Exit 2 when a file cannot be read or parsed
 * (its line says why); the other files are still classified.
 */
import { readFile } from 'node:fs/promises';
import { classify } from '../domain/classify.js';
import { parseMail } from '../mail/parse.js';

// "npm run classify -- *.eml | head": the reader has all it wants; stop quietly, no stack trace.
// Any other error writing the output is a real failure and is shown as one.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run classify -- <file.eml> [more.eml …]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  try {
    const mail = await parseMail(await readFile(file), `file:${file}`);
    const c = classify({
      ...mail,
      from: mail.from.address,
      fromName: mail.from.name,
      receivedAt: mail.date ?? new Date(),
    });
    const extra = {
      ...(c.returnDate ? { returnDate: c.returnDate } : {}),
      ...(c.bounce ? { bouncedAddress: c.bounce.address, bounce: c.bounce } : {}),
      ...(c.stopsFor ? { stopsFor: c.stopsFor } : {}),
    };
    console.log(
      JSON.stringify({
        file,
        category: c.category,
        intent: c.intent,
        flags: c.flags,
        confidence: c.confidence,
        signals: c.signals,
        ...extra,
      }),
    );
  } catch (e) {
    failed = true;
    console.log(JSON.stringify({ file, error: e instanceof Error ? e.message : String(e) }));
  }
}
process.exit(failed ? 2 : 0);
