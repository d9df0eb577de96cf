import { viewProblems } from './slack-limits.js';

type Args = Record<string, unknown>;

/**
 * The emulation's modals and Home tabs, as Slack keeps them: views.open/push need a fresh
 * trigger (each works once), a modal belongs to whoever's trigger opened it, views.update finds
 * it by id or external_id, views.publish sets a member's Home.
 */
export class ViewSurfaces {
  readonly views = new Map<string, Args>();
  readonly homes = new Map<string, Args>();
  private readonly usedTriggers = new Set<string>();
  private readonly triggerUsers = new Map<string, string>();
  private readonly viewOwners = new Map<string, string>();

  constructor(
    private readonly users: ReadonlyMap<string, unknown>,
    private readonly nextId: () => string,
  ) {}

  newTrigger(trigger: string, user?: string): string {
    if (user) this.triggerUsers.set(trigger, user);
    return trigger;
  }

  of(user: string): Args[] {
    return [...this.views.entries()].filter(([id]) => this.viewOwners.get(id) === user).map(([, v]) => v);
  }

  close(id: string): void {
    this.views.delete(id);
    this.viewOwners.delete(id);
  }

  call(args: Args, kind: 'open' | 'push' | 'update' | 'publish'): Args {
    if (args.view === Symbol.for('invalid-json')) return { ok: false, error: 'invalid_arguments' };
    if (kind === 'open' || kind === 'push') {
      const trigger = args.trigger_id;
      if (typeof trigger !== 'string' || !trigger) return { ok: false, error: 'invalid_trigger_id' };
      if (this.usedTriggers.has(trigger)) return { ok: false, error: 'trigger_exchanged' };
      this.usedTriggers.add(trigger);
    }
    const problems = viewProblems(args.view);
    if (problems.length > 0) return { ok: false, error: 'invalid_arguments', problems };
    if (kind === 'publish') {
      if (typeof args.user_id !== 'string' || !this.users.has(args.user_id))
        return { ok: false, error: 'user_not_found' };
      const view = { ...(args.view as Args), id: `VHOME${args.user_id}` };
      this.homes.set(args.user_id, view);
      return { ok: true, view };
    }
    if (kind === 'update') {
      const id =
        (args.view_id as string) ??
        [...this.views.entries()].find(([, v]) => v.external_id === args.external_id)?.[0];
      if (!id || !this.views.has(id)) return { ok: false, error: 'not_found' };
      const view = { ...(args.view as Args), id };
      this.views.set(id, view);
      return { ok: true, view };
    }
    const id = this.nextId();
    const view = { ...(args.view as Args), id };
    this.views.set(id, view);
    const owner = this.triggerUsers.get(args.trigger_id as string);
    if (owner) this.viewOwners.set(id, owner);
    return { ok: true, view };
  }
}
