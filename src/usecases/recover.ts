import type { Deps } from '../deps.js';

/** Work unfinished this long after it began was cut short by a crash (RECOVER_AFTER). */
const DEFAULT_RECOVER_AFTER_MS = 60_000;

/** How long work may run before it counts as cut short. */
export const recoverAfterMs = (deps: Pick<Deps, 'config'>): number =>
  deps.config.recoverAfterMs ?? DEFAULT_RECOVER_AFTER_MS;

/** Work begun before this instant and still unfinished is the sweep's to finish or answer. */
export function recoverBefore(deps: Pick<Deps, 'config' | 'clock'>): Date {
  return new Date(deps.clock.now().getTime() - recoverAfterMs(deps));
}
