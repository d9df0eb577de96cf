import type { TestApp } from './harness.js';

/** Opens `user`'s Home tab and returns what the app published there (its blocks, as JSON text). */
export async function homeOf(t: TestApp, user: string): Promise<string> {
  const before = t.slack.callsTo('views.publish').length;
  await t.requests.event({ type: 'app_home_opened', user, tab: 'home', channel: `D${user}` });
  const call = await t.slack.waitForCall(
    'views.publish',
    (c) => c.args.user_id === user && t.slack.callsTo('views.publish').indexOf(c) >= before,
  );
  if (!call.ok) throw new Error(`views.publish failed for ${user}`);
  return JSON.stringify((call.args.view as { blocks: unknown[] }).blocks);
}
