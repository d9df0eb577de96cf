import type { App } from '@slack/bolt';
import type { ExtendedErrorHandler } from '@slack/bolt/dist/App.js';
import type { Deps } from '../deps.js';
import { type AppError, isAppError } from '../errors.js';
import { forgetCommand } from '../usecases/command-requests.js';
import { usageLine } from '../views/help.js';
import { escapeMrkdwn } from '../views/text.js';

interface ErrorSurface {
  response_url?: string;
  /** Set for slash commands: a late one's record (command-requests.ts) is keyed by it. */
  trigger_id?: string;
  /** Set for slash commands: a command typed wrong also gets its usage. */
  command?: string;
  user_id?: string;
  user?: { id?: string };
}

/** A listener that failed with several errors (Bolt's MultipleListenerError) shows the first. */
function firstCause(error: Error): Error {
  const originals = (error as { originals?: Error[] }).originals;
  return originals?.[0] ?? (error as { original?: Error }).original ?? error;
}

function userText(error: AppError): string {
  return `:warning: ${escapeMrkdwn(error.message)}${error.hint ? `\n${escapeMrkdwn(error.hint)}` : ''}`;
}

/**
 * The one place errors become messages (STYLE.md): coded errors show their text and a correct
 * example to the person who caused them; anything else is logged and gets an honest apology.
 */
export function registerErrorHandler(app: App, deps: Deps): void {
  // A slash command told its error is answered: its record, if it was late, has nothing left to say
  // (one that failed in time has none, and the delete finds nothing: one round trip, on errors only).
  const answered = async (surface: ErrorSurface) => {
    if (surface.command && surface.trigger_id) await forgetCommand(deps, surface.trigger_id);
  };
  const handler: ExtendedErrorHandler = async ({ error, body }) => {
    const cause = firstCause(error);
    const known = isAppError(cause);
    if (!known) deps.log.error({ err: cause }, 'listener failed');
    const surface = (body ?? {}) as ErrorSurface;
    const usage =
      known && cause.code === 'bad_input' && surface.command ? `\n${usageLine(surface.command)}` : '';
    const text = known
      ? `${userText(cause)}${usage}`
      : ':warning: Something went wrong on our side and your request was not completed. Try again in a minute; if it keeps happening, tell your RevOps admin.';
    try {
      if (surface.response_url) {
        const res = await fetch(surface.response_url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
        });
        // A response_url expires after 30 minutes; fall through to a DM when it is gone.
        if (res.ok) return await answered(surface);
      }
      const user = surface.user_id ?? surface.user?.id;
      if (user) {
        await deps.slack.chat.postMessage({ channel: user, text });
        await answered(surface);
      }
    } catch (e) {
      deps.log.error({ err: e }, 'could not show an error to the user');
    }
  };
  app.error(handler);
}
