import { readFileSync } from 'node:fs';
import { commands } from '../src/listeners/commands/index.js';
import { events } from '../src/listeners/events/index.js';
import { shortcuts } from '../src/listeners/shortcuts.js';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));

describe('manifest.json', () => {
  test('when compared with the listeners, then every slash command has a listener and every listener is declared', () => {
    const declared = manifest.features.slash_commands.map((c: { command: string }) => c.command).sort();
    expect(declared).toEqual(Object.keys(commands).sort());
  });

  test('when compared with the listeners, then the subscribed bot events are exactly the ones handled', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(Object.keys(events).sort());
  });

  test('when compared with the listeners, then every shortcut callback id has a listener and vice versa', () => {
    const declared = (manifest.features.shortcuts ?? [])
      .map((s: { callback_id: string }) => s.callback_id)
      .sort();
    expect(declared).toEqual(Object.keys(shortcuts).sort());
  });

  test('when read by Slack, then every request URL points at the Bolt endpoint and the scopes cover the calls', () => {
    const urls = [
      ...manifest.features.slash_commands.map((c: { url: string }) => c.url),
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) expect(url).toMatch(/^https:\/\/YOUR-HOST\/slack\/events$/);
    // chat.postMessage, conversations.open (DMs), users.info / lookupByEmail.
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'im:write', 'users:read', 'users:read.email']),
    );
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });
});
