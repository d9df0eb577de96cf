import type { App } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { claimActions, conflictActions, consentActions } from '../../views/ids.js';
import { extendButton, logActivityButton, releaseButton } from './claim-buttons.js';
import { conflictButton } from './conflict-buttons.js';
import { consentButton } from './consent-buttons.js';

export function register(app: App, deps: Deps): void {
  app.action(claimActions.extend, extendButton(deps));
  app.action(claimActions.release, releaseButton(deps));
  app.action(claimActions.logActivity, logActivityButton(deps));
  app.action(conflictActions.pause, conflictButton(deps, 'paused'));
  app.action(conflictActions.handoff, conflictButton(deps, 'handoff_requested'));
  app.action(conflictActions.standDown, conflictButton(deps, 'stood_down'));
  app.action(consentActions.approve, consentButton(deps, true));
  app.action(consentActions.decline, consentButton(deps, false));
}
