import type { App } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import {
  claimActions,
  conflictActions,
  consentActions,
  escalationActions,
  replyActions,
} from '../../views/ids.js';
import { extendButton, logActivityButton, releaseButton } from './claim-buttons.js';
import { conflictButton } from './conflict-buttons.js';
import { consentButton } from './consent-buttons.js';
import { escalationButton } from './escalation-buttons.js';
import { escalateButton, handoffButton, proceedButton } from './handoff-button.js';
import { opsDecideButton } from './ops-decide-button.js';
import { reassignAllButton } from './reassign-all.js';
import { claimReferralButton, markRepliedButton, notMineButton, reassignButton } from './reply-buttons.js';

export function register(app: App, deps: Deps): void {
  app.action(claimActions.extend, extendButton(deps));
  app.action(claimActions.release, releaseButton(deps));
  app.action(claimActions.logActivity, logActivityButton(deps));
  app.action(conflictActions.pause, conflictButton(deps, 'paused'));
  app.action(conflictActions.handoff, handoffButton(deps));
  app.action(conflictActions.standDown, conflictButton(deps, 'stood_down'));
  app.action(conflictActions.proceed, proceedButton(deps));
  app.action(claimActions.reassignAll, reassignAllButton(deps));
  app.action(consentActions.approve, consentButton(deps, true));
  app.action(consentActions.decline, consentButton(deps, false));
  app.action(escalationActions.keep, escalationButton(deps, 'keep'));
  app.action(escalationActions.handover, escalationButton(deps, 'handover'));
  app.action(escalationActions.coOwn, escalationButton(deps, 'co_own'));
  app.action(escalationActions.askLead, escalationButton(deps, 'ask_lead'));
  app.action(escalationActions.sendToOps, escalationButton(deps, 'send_to_ops'));
  app.action(escalationActions.opsDecide, opsDecideButton(deps));
  app.action(escalationActions.escalate, escalateButton(deps));
  app.action(replyActions.markReplied, markRepliedButton(deps));
  app.action(replyActions.notMine, notMineButton(deps));
  app.action(replyActions.reassign, reassignButton(deps));
  app.action(replyActions.claimReferral, claimReferralButton(deps));
}
