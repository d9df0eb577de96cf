import type { Log } from './log.js';
import { slackErrorOf } from './slack-workspace.js';

/**
 * Socket Mode's connection, for /healthz: it connects after HTTP is up, so a slow or failing
 * connection leaves /healthz saying why instead of a process that never listens.
 */
export class SocketState {
  state: 'off' | 'connecting' | 'connected' | 'failed' = 'off';
  error?: string;

  connect(start: () => Promise<unknown>, log: Log): void {
    this.state = 'connecting';
    start().then(
      () => {
        this.state = 'connected';
        log.info('Socket Mode connected');
      },
      (e: unknown) => {
        this.state = 'failed';
        // Bolt's own message names neither the call nor the cause; this line names both.
        this.error = `apps.connections.open failed (${slackErrorOf(e)}): check SLACK_APP_TOKEN, an app-level token (xapp-…) with connections:write`;
        log.error({ err: e }, `Socket Mode could not connect: ${this.error}`);
      },
    );
  }
}
