import { setTimeout as sleep } from 'node:timers/promises';
import type { App, RespondArguments } from '@slack/bolt';
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
 * Slack shows a command's ack body to the person who typed it, so a command that finishes in
 * time is answered in its ack: one exchange instead of ack then response_url, and nothing to
 * remember (had the app died first, Slack itself would have told them it failed). One that
 * takes longer is recorded, then acked empty, and answered through response_url; a crash
 * meanwhile is answered by the sweep (usecases/command-requests.ts).
 */
const answeredInAck =
  (deps: Deps, handler: Handler, answerInAckMs: number): Handler =>
  async (args) => {
    let acked = false;
    const ack = async (answer?: string | RespondArguments) => {
      if (acked) return;
      acked = true;
      await args.ack(answer);
    };
    // Slack's 3 s run from the request's arrival (the receiver stamps it), not from here: on a busy
    // machine the middleware before this listener can take a good part of them.
    const arrived = typeof args.context.receivedAt === 'number' ? args.context.receivedAt : Date.now();
    const left = (ms: number) => Math.max(0, arrived + ms - Date.now());
    // Past the deadline: recorded, then acked empty; from then on answers go to the response_url.
    let recorded: Promise<() => Promise<void>> | undefined;
    let late: Promise<void> | undefined;
    const slow = setTimeout(() => {
      recorded = rememberCommand(deps, args.command);
      // Acked once recorded: the empty ack promises an answer, and the record keeps that promise
      // through a crash (acked half a second into the write, a kill -9 before it landed could lose
      // the command: the likeliest cause of one lost in CI). But no later than ACK_BY_MS: past
      // Slack's 3 s, Bolt's receiver refuses the request and the person sees a failure; a write
      // slower than that is the one window left. A failed write is acked too: the command's own
      // error answers through the response_url.
      const recordedOrNot = recorded.then(
        () => undefined,
        () => undefined,
      );
      late = Promise.race([recordedOrNot, sleep(left(ACK_BY_MS))]).then(() => ack());
    }, left(answerInAckMs));
    const respond: typeof args.respond = async (message) => {
      if (!late && !acked) {
        await ack(message);
        // Slack took the answer with the ack, as it would have through the response_url.
        return Response.json({ ok: true });
      }
      await late;
      return args.respond(message);
    };
    let answered = false;
    try {
      await handler({ ...args, ack: async () => undefined, respond });
      answered = true;
    } finally {
      clearTimeout(slow);
      await late;
      // A command with nothing to say (it opened a modal), or one that failed: the error
      // handler answers through the response_url, and forgets the record once its answer is out
      // (error-handler.ts); until then a crash, or a response_url that fails, leaves it for the sweep.
      await ack();
      if (recorded && answered) await (await recorded)();
    }
  };

/**
 * Slack waits 3 s for an ack, counted from the request; this leaves room for the trip back and for
 * a busy process whose timers run late (at 2.5 s, one of 50 racing /claims on a loaded CI machine
 * still missed Bolt's 3,001 ms, run 356).
 */
const ACK_BY_MS = 2_000;

export interface CommandOptions {
  /** Past this, a command is acked empty and answered later: Slack waits 3 s for the ack. */
  answerInAckMs?: number;
}

export function register(app: App, deps: Deps, options: CommandOptions = {}): void {
  // Recorded from 1 s on, a late command's record has a second to land before the ack (2 s).
  const answerInAckMs = options.answerInAckMs ?? 1_000;
  for (const [name, handler] of Object.entries(commands))
    app.command(name, answeredInAck(deps, withHelp(name, handler(deps)), answerInAckMs));
  // A command pointed at this app that it does not have (an admin added one to the manifest):
  // an answer naming the ones it has, not Slack's "didn't respond".
  const known = Object.keys(commands).map((c) => c.slice(1));
  app.command(new RegExp(`^/(?!(?:${known.join('|')})$)`), async ({ ack, command }) => {
    await ack({ response_type: 'ephemeral', text: `ClaimDesk has no ${command.command}. ${usageLine('')}` });
  });
}
