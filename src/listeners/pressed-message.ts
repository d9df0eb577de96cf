import type { RespondFn } from '@slack/bolt';
import type { Deps } from '../deps.js';
import { refreshHome } from './home.js';

/** The message a button was pressed on (absent for Home tab and modal buttons), to edit it in place. */
export function pressedMessage(body: { container?: Record<string, unknown> }): {
  channel?: string;
  ts?: string;
} {
  const c = body.container ?? {};
  return {
    channel: typeof c.channel_id === 'string' ? c.channel_id : undefined,
    ts: typeof c.message_ts === 'string' ? c.message_ts : undefined,
  };
}

/**
 * Answers whoever pressed a button: on a message, an ephemeral line under it; on the Home tab
 * (no response_url there) the tab is rebuilt to show what changed, and a refusal comes by DM.
 */
export async function answerPresser(
  deps: Deps,
  args: { body: { user: { id: string }; container?: Record<string, unknown> }; respond?: RespondFn },
  text: string | undefined,
  refusal = false,
): Promise<void> {
  if (args.body.container?.type === 'view') {
    await refreshHome(deps, args.body.user.id);
    if (text && refusal) await deps.slack.chat.postMessage({ channel: args.body.user.id, text });
    return;
  }
  if (text && args.respond) await args.respond({ response_type: 'ephemeral', replace_original: false, text });
}
