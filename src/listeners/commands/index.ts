import type { App } from '@slack/bolt';
import type { Deps } from '../../deps.js';
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

export function register(app: App, deps: Deps): void {
  for (const [name, handler] of Object.entries(commands)) app.command(name, handler(deps));
}
