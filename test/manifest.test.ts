import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commands } from '../src/listeners/commands/index.js';
import { events } from '../src/listeners/events/index.js';
import { shortcuts } from '../src/listeners/shortcuts.js';
import { methodScopes } from '../src/sandbox/slack-scopes.js';

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
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  test('when compared with the code, then the bot scopes are exactly those of the Web API methods the app calls', () => {
    // The app's Slack calls: client.chat.postMessage(…), deps.slack.views.publish(…), over line breaks too.
    const called = new Set<string>();
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.startsWith('sandbox'),
    );
    for (const file of files) {
      const code = readFileSync(join('src', file), 'utf8');
      for (const m of code.matchAll(
        /\b(?:slack|client)\s*\.\s*(auth|chat|conversations|users|views|apps)\s*\.\s*(\w+)\s*\(/g,
      ))
        called.add(`${m[1]}.${m[2]}`);
    }
    expect(called.size).toBeGreaterThan(5); // the scan finds the calls
    for (const method of called) expect(Object.keys(methodScopes)).toContain(method);
    const needed = new Set(['commands']); // slash commands
    for (const method of called) for (const scope of methodScopes[method] ?? []) needed.add(scope);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  test('when the app runs in Socket Mode, then manifest.socket.json is the same app with no request URLs', () => {
    const socket = JSON.parse(readFileSync('manifest.socket.json', 'utf8'));
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain('YOUR-HOST');
    // Everything else matches manifest.json, so the two never drift apart.
    const http = structuredClone(manifest);
    for (const c of http.features.slash_commands) delete c.url;
    delete http.settings.event_subscriptions.request_url;
    delete http.settings.interactivity.request_url;
    http.settings.socket_mode_enabled = true;
    expect(socket).toEqual(http);
  });
});
