/**
 * npm run route -- --explain <file.eml…>: who would own each reply and why, with the
 * candidates that lost, from the app's database and policy, changing nothing (no reply is
 * stored, no round-robin turn is taken, nobody is told). Needs MONGODB_URI; reads POLICY_FILE.
 */
import { readFile } from 'node:fs/promises';
import { classify } from '../domain/classify.js';
import { parseTarget } from '../domain/target.js';
import { theReplyForwarded } from '../mail/forwarded.js';
import { parseMail } from '../mail/parse.js';
import { routeReply } from '../usecases/reply-routing.js';
import { cliContext } from './context.js';

async function main(args: string[]): Promise<number> {
  const files = args.filter((a) => a !== '--' && a !== '--explain');
  if (files.length === 0) return usage('give one or more files: npm run route -- --explain reply.eml');
  const context = await cliContext();
  if (typeof context === 'string') return usage(context);
  const { db, directory } = context;
  let failed = false;
  try {
    for (const file of files) {
      try {
        // As the inbox reads it: a rep's forward is the prospect's reply it forwards.
        const sent = await parseMail(
          await readFile(file),
          `file:${file}`,
          (a) => !!directory.memberByEmail(a),
        );
        const mail = theReplyForwarded(sent);
        const now = new Date();
        const c = classify({ ...mail, from: mail.from.address, receivedAt: now });
        const domain = directory.accounts.primaryDomain(parseTarget(mail.from.address).domain);
        const decision = await routeReply(
          { db: db.connection, directory },
          {
            _id: mail.messageId,
            from: mail.from.address,
            domain,
            inReplyTo: mail.inReplyTo,
            references: mail.references,
          },
          now,
          { peek: true },
        );
        const humanOwner = c.category !== 'out_of_office' && c.category !== 'bounce';
        console.log(
          `${file}: ${c.category} from ${mail.from.address}\n  ${humanOwner ? decision.explanation : `no human owner (${c.category}); routing would say: ${decision.explanation}`}`,
        );
        for (const l of decision.losers)
          console.log(`  lost: ${l.step} — ${directory.nameOf(l.member)}, ${l.why}`);
        for (const flag of ['legal', 'brand'] as const) if (c.flags[flag]) console.log(`  flag: ${flag}`);
      } catch (e) {
        failed = true;
        console.log(`${file}: cannot route: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  } finally {
    await db.close();
  }
  return failed ? 2 : 0;
}

function usage(message: string): number {
  console.error(`route: ${message}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
