/** Every action_id and callback_id, once. Builders and listeners import these (STYLE.md). */
export const claimActions = {
  extend: 'claim_extend',
  release: 'claim_release',
  logActivity: 'claim_log_activity',
  reassignAll: 'claims_reassign_all',
} as const;

export const conflictActions = {
  pause: 'conflict_pause_sequence',
  handoff: 'conflict_ask_handoff',
  standDown: 'conflict_stand_down',
  proceed: 'conflict_proceed_anyway',
} as const;

export const consentActions = {
  approve: 'consent_approve',
  decline: 'consent_decline',
} as const;

export const modals = {
  claim: 'claim_modal',
  extend: 'claim_extend_modal',
  logActivity: 'claim_log_activity_modal',
  proceed: 'proceed_anyway_modal',
  reassignAll: 'claims_reassign_all_modal',
} as const;

/** block_id / action_id pairs of modal inputs, read back from view.state.values. */
export const fields = {
  target: { block: 'target', action: 'target_input' },
  level: { block: 'level', action: 'level_select' },
  reason: { block: 'reason', action: 'reason_select' },
  note: { block: 'note', action: 'note_input' },
  expiry: { block: 'expiry', action: 'expiry_date' },
  activityType: { block: 'activity_type', action: 'activity_type_select' },
  proceedWhy: { block: 'proceed_why', action: 'proceed_why_input' },
  newOwner: { block: 'new_owner', action: 'new_owner_select' },
} as const;

/** Escalation buttons; the value is the escalation id. Who may press which depends on the tier. */
export const escalationActions = {
  keep: 'escalation_keep_with_owner',
  handover: 'escalation_hand_over',
  coOwn: 'escalation_co_own',
  askLead: 'escalation_ask_lead',
  sendToOps: 'escalation_send_to_ops',
  opsDecide: 'escalation_ops_decide',
  /** On /check, for a target someone else holds: opens the handoff modal (value: the claim id). */
  escalate: 'check_escalate',
} as const;

export const escalationModals = {
  handoff: 'escalation_handoff_modal',
  opsDecision: 'escalation_ops_decision_modal',
} as const;

export const escalationFields = {
  reason: { block: 'handoff_reason', action: 'handoff_reason_input' },
  contacts: { block: 'handoff_contacts', action: 'handoff_contacts_input' },
} as const;

/** The RevOps decision modal's inputs. */
export const opsFields = {
  sender: { block: 'ops_sender', action: 'ops_sender_select' },
  pauser: { block: 'ops_pauser', action: 'ops_pauser_select' },
  owner: { block: 'ops_owner', action: 'ops_owner_select' },
  until: { block: 'ops_until', action: 'ops_until_date' },
  mergeNotes: { block: 'ops_merge_notes', action: 'ops_merge_notes_radio' },
  recheck: { block: 'ops_recheck', action: 'ops_recheck_date' },
  rationale: { block: 'ops_rationale', action: 'ops_rationale_input' },
  ruleChange: { block: 'ops_rule_change', action: 'ops_rule_change_input' },
} as const;

/** Buttons on a reply's DM and on a triage post; the value is the reply id (its Message-ID). */
export const replyActions = {
  markReplied: 'reply_mark_replied',
  reassign: 'reply_reassign',
  notMine: 'reply_not_mine',
  /** A referred person in the reply: claim them as a contact. Value: "<replyId> <email>". */
  claimReferral: 'reply_claim_referral',
} as const;

export const replyModals = {
  reassign: 'reply_reassign_modal',
} as const;

export const replyFields = {
  member: { block: 'reassign_member', action: 'reassign_member_select' },
  reason: { block: 'reassign_reason', action: 'reassign_reason_input' },
} as const;
