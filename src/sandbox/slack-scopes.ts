import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The bot scopes each Web API method needs (Slack's method reference), for the methods the app
 * calls and the emulation answers. A method needing none (views.*, auth.test) maps to []; one
 * satisfied by any of several scopes lists them all. The manifest test keeps this map, the
 * methods the code calls and the manifest's scopes in step.
 */
export const methodScopes: Record<string, readonly string[]> = {
  'auth.test': [],
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.delete': ['chat:write'],
  'chat.getPermalink': [],
  // Tier 1 puts both reps in one group DM (mpim:write); the outbox opens a DM with one person
  // to look in it before sending again (im:write). missingScope tells them apart by the users.
  'conversations.open': ['mpim:write', 'im:write'],
  // Public channels need channels:read, private ones groups:read.
  'conversations.info': ['channels:read', 'groups:read'],
  // Reading back whether a message already went out (outbox retries): one scope per kind of
  // conversation (public, private, DM, group DM); missingScope tells them apart by the id.
  'conversations.history': ['channels:history', 'groups:history', 'im:history', 'mpim:history'],
  'conversations.replies': ['channels:history', 'groups:history', 'im:history', 'mpim:history'],
  'users.info': ['users:read'],
  'users.lookupByEmail': ['users:read.email'],
  'views.open': [],
  'views.push': [],
  'views.update': [],
  'views.publish': [],
};

/** The scope this call needs and the token lacks, as Slack names it in `missing_scope`. */
export function missingScope(
  method: string,
  args: Record<string, unknown>,
  granted: ReadonlySet<string>,
): string | undefined {
  let needed = methodScopes[method] ?? [];
  if (method === 'conversations.open') {
    const users = String(args.users ?? '')
      .split(',')
      .filter(Boolean);
    needed = [users.length > 1 ? 'mpim:write' : 'im:write'];
  }
  if (method === 'conversations.history' || method === 'conversations.replies')
    needed = [historyScope(String(args.channel ?? ''))];
  if (needed.length === 0 || needed.some((s) => granted.has(s))) return undefined;
  return needed.join(',');
}

/** D… is a DM, G… a group DM (as the emulation names them), C… a channel. */
const historyScope = (channel: string) =>
  channel.startsWith('D') ? 'im:history' : channel.startsWith('G') ? 'mpim:history' : 'channels:history';

/** The bot scopes manifest.json asks for (the emulation grants exactly these). */
export function manifestScopes(file = resolve('manifest.json')): string[] {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    oauth_config: { scopes: { bot: string[] } };
  };
  return manifest.oauth_config.scopes.bot;
}
