import type { App } from '@slack/bolt';
import type { Deps } from '../../deps.js';
import { escalationModals, modals, replyModals } from '../../views/ids.js';
import { claimModalSubmit } from './claim-modal.js';
import { extendModalSubmit } from './extend-modal.js';
import { handoffModalSubmit } from './handoff-modal.js';
import { logActivityModalSubmit } from './log-activity-modal.js';
import { opsDecisionSubmit } from './ops-decision-modal.js';
import { reassignModalSubmit } from './reassign-modal.js';

export function register(app: App, deps: Deps): void {
  app.view(modals.claim, claimModalSubmit(deps));
  app.view(modals.extend, extendModalSubmit(deps));
  app.view(modals.logActivity, logActivityModalSubmit(deps));
  app.view(escalationModals.handoff, handoffModalSubmit(deps));
  app.view(escalationModals.opsDecision, opsDecisionSubmit(deps));
  app.view(replyModals.reassign, reassignModalSubmit(deps));
}
