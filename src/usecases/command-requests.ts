import type { Deps } from '../deps.js';
import { isDuplicateKey } from '../errors.js';
import { type CommandRequest, commandRequestModel } from '../store/command-requests.js';
import { notify } from './notify.js';
import { recoverBefore } from './recover.js';

/** Records a typed command before it is acked; returns what to call once it is answered. */
export async function rememberCommand(
  deps: Deps,
  c: { trigger_id: string; user_id: string; command: string; text: string; response_url: string },
): Promise<() => Promise<void>> {
  const id = c.trigger_id;
  try {
    await commandRequestModel(deps.db).create({
      _id: id,
      user: c.user_id,
      command: c.command,
      text: c.text,
      responseUrl: c.response_url,
      receivedAt: deps.clock.now(),
    });
  } catch (e) {
    if (!isDuplicateKey(e)) throw e; // the same request again: one record is enough
  }
  return () => forgetCommand(deps, id);
}

/** The command was answered (its outcome, or its error): nothing is left for the sweep to say. */
export async function forgetCommand(deps: Deps, triggerId: string): Promise<void> {
  await commandRequestModel(deps.db).deleteOne({ _id: triggerId });
}

/**
 * Commands the app acked but never answered (it died or restarted meanwhile): each person is
 * told once (after RECOVER_AFTER), by DM through the outbox (keyed by the request, so two sweeps send it once), to
 * run it again. Repeating is safe: a claim already taken answers "already yours".
 */
export async function answerInterrupted(deps: Deps): Promise<number> {
  const stale = await commandRequestModel(deps.db)
    .find({
      receivedAt: { $lte: recoverBefore(deps) },
    })
    .limit(500)
    .lean<CommandRequest[]>();
  for (const r of stale) {
    const what = `${r.command}${r.text ? ` ${r.text}` : ''}`;
    await notify(
      deps,
      {
        channel: r.user,
        text: `:warning: ClaimDesk restarted before it answered \`${what}\`. Please run it again: repeating it is safe.`,
      },
      `command:${r._id}:interrupted`,
    );
    await commandRequestModel(deps.db).deleteOne({ _id: r._id });
  }
  return stale.length;
}
