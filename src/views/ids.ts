/** Every action_id and callback_id, once. Builders and listeners import these (STYLE.md). */
export const claimActions = {
  extend: 'claim_extend',
  release: 'claim_release',
  logActivity: 'claim_log_activity',
} as const;

export const conflictActions = {
  pause: 'conflict_pause_sequence',
  handoff: 'conflict_ask_handoff',
  standDown: 'conflict_stand_down',
} as const;

export const consentActions = {
  approve: 'consent_approve',
  decline: 'consent_decline',
} as const;

export const modals = {
  claim: 'claim_modal',
  extend: 'claim_extend_modal',
  logActivity: 'claim_log_activity_modal',
} as const;

/** block_id / action_id pairs of modal inputs, read back from view.state.values. */
export const fields = {
  target: { block: 'target', action: 'target_input' },
  level: { block: 'level', action: 'level_select' },
  reason: { block: 'reason', action: 'reason_select' },
  note: { block: 'note', action: 'note_input' },
  expiry: { block: 'expiry', action: 'expiry_date' },
  activityType: { block: 'activity_type', action: 'activity_type_select' },
} as const;

/** Escalation buttons; the value is the escalation id. Who may press which depends on the tier. */
export const escalationActions = {
  keep: 'escalation_keep_with_owner',
  handover: 'escalation_hand_over',
  coOwn: 'escalation_co_own',
  askLead: 'escalation_ask_lead',
  sendToOps: 'escalation_send_to_ops',
} as const;

export const escalationModals = {
  handoff: 'escalation_handoff_modal',
} as const;

export const escalationFields = {
  reason: { block: 'handoff_reason', action: 'handoff_reason_input' },
} as const;
