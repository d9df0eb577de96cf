import { createHmac } from 'node:crypto';
import type { Deps } from '../deps.js';

export interface SequenceCommand {
  action: 'pause' | 'resume';
  member: { slack: string; email: string };
  target: string; // acme.com or jane@acme.com
  sequence?: string;
  reason: string;
  at: string;
}

/** Signature a sequencer verifies: hex HMAC-SHA256 of "<timestamp>.<body>" with the shared secret. */
export function sequenceSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Tells the team's sequencer to pause or resume (when SEQUENCE_WEBHOOK_URL is set). Returns what
 * happened so the rep sees it; the pause itself is already recorded before this call.
 */
export async function callSequenceWebhook(
  deps: Deps,
  command: SequenceCommand,
): Promise<'sent' | 'not_configured' | 'failed'> {
  const hook = deps.config.sequenceWebhook;
  if (!hook) return 'not_configured';
  const body = JSON.stringify(command);
  const timestamp = String(Math.floor(deps.clock.now().getTime() / 1000));
  try {
    const res = await fetch(hook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-claimdesk-timestamp': timestamp,
        'x-claimdesk-signature': sequenceSignature(hook.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) deps.log.warn({ status: res.status }, 'sequence webhook answered an error');
    return res.ok ? 'sent' : 'failed';
  } catch (e) {
    deps.log.warn({ err: e }, 'sequence webhook unreachable');
    return 'failed';
  }
}
