import type { App } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { rememberCommand } from '../../usecases/command-requests.js';
import { helpMessage, isHelp, usageLine } from '../../views/help.js';
import { checkCommand } from './check.js';
import { claimCommand } from './claim.js';
import { claimsCommand } from './claims.js';
import { releaseCommand } from './release.js';

/** Every slash command the app answers; manifest.json must list exactly these (tested). */
export const commands = {
  '/claim': claimCommand,
  '/claims': claimsCommand,
  '/check': checkCommand,
  '/release': releaseCommand,
} as const;

type Handler = ReturnType<(typeof commands)[keyof typeof commands]>;

/** `/claim help` (or `?`) answers with what the command does and examples, never an error. */
const withHelp =
  (name: string, handler: Handler): Handler =>
  async (args) => {
    if (!isHelp(args.command.text)) return handler(args);
    await args.ack();
    await args.respond({ response_type: 'ephemeral', ...helpMessage(name) });
  };

/**
 * Every command is recorded before it is acked (unless the database takes over half a second)
 * and forgotten once handled (answered, or its error shown), so one a crash cut short is
 * answered by the sweep (usecases/command-requests.ts).
 */
const remembered =
  (deps: Deps, handler: Handler): Handler =>
  async (args) => {
    const recorded = rememberCommand(deps, args.command);
    // Recorded before the ack whenever the database answers in time; Slack's 3 s for the ack
    // are not spent waiting on it (a late ack is an error the person sees).
    await Promise.race([recorded, new Promise((r) => setTimeout(r, RECORD_BEFORE_ACK_MS))]);
    try {
      await handler(args);
    } finally {
      await (await recorded)();
    }
  };

const RECORD_BEFORE_ACK_MS = 500;

export function register(app: App, deps: Deps): void {
  for (const [name, handler] of Object.entries(commands))
    app.command(name, remembered(deps, withHelp(name, handler(deps))));
  // A command pointed at this app that it does not have (an admin added one to the manifest):
  // an answer naming the ones it has, not Slack's "didn't respond".
  const known = Object.keys(commands).map((c) => c.slice(1));
  app.command(new RegExp(`^/(?!(?:${known.join('|')})$)`), async ({ ack, command }) => {
    await ack({ response_type: 'ephemeral', text: `ClaimDesk has no ${command.command}. ${usageLine('')}` });
  });
}
