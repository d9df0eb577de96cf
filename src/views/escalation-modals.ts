import type { ModalView, PlainTextOption } from '@slack/types';
import type { Escalation } from '../store/escalations.js';
import { escalationFields, escalationModals, opsFields } from './ids.js';

const option = (text: string, value: string): PlainTextOption => ({
  text: { type: 'plain_text', text: text.slice(0, 75) },
  value,
});

/**
 * "Ask for handoff" (from a conflict alert or /check): the one-line reason, and the contacts
 * the challenger would take if the reps co-own. `origin` goes back in private_metadata.
 */
export function handoffModal(
  origin: { alertId: string } | { claimId: string },
  label: string,
  where: { channel?: string; ts?: string },
): ModalView {
  return {
    type: 'modal',
    callback_id: escalationModals.handoff,
    private_metadata: JSON.stringify({ ...origin, ...where }),
    title: { type: 'plain_text', text: 'Ask for handoff' },
    submit: { type: 'plain_text', text: 'Ask' },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'plain_text',
          text: `Why should ${label} be yours? One line; both reps and, if needed, the lead will see it.`,
        },
      },
      {
        type: 'input',
        block_id: escalationFields.reason.block,
        label: { type: 'plain_text', text: 'Reason' },
        element: { type: 'plain_text_input', action_id: escalationFields.reason.action, max_length: 300 },
      },
      {
        type: 'input',
        block_id: escalationFields.contacts.block,
        optional: true,
        label: { type: 'plain_text', text: 'Contacts you would take if you co-own' },
        hint: {
          type: 'plain_text',
          text: 'Emails at this company, separated by commas. The owner keeps the rest.',
        },
        element: {
          type: 'plain_text_input',
          action_id: escalationFields.contacts.action,
          max_length: 1000,
          placeholder: { type: 'plain_text', text: 'cto@acme.com, vp.sales@acme.com' },
        },
      },
    ],
  };
}

/** Tier 3: RevOps decides with the details a button cannot carry; the rationale is required. */
export function opsDecisionModal(e: Escalation, nameOf: (id: string) => string): ModalView {
  const reps = [option(nameOf(e.holder), e.holder), option(nameOf(e.challenger), e.challenger)];
  const f = opsFields;
  const date = (block: { block: string; action: string }, label: string, hint: string) => ({
    type: 'input' as const,
    block_id: block.block,
    optional: true,
    label: { type: 'plain_text' as const, text: label },
    hint: { type: 'plain_text' as const, text: hint },
    element: { type: 'datepicker' as const, action_id: block.action },
  });
  return {
    type: 'modal',
    callback_id: escalationModals.opsDecision,
    private_metadata: JSON.stringify({ escalationId: e._id.toHexString() }),
    title: { type: 'plain_text', text: 'Decide the dispute' },
    submit: { type: 'plain_text', text: 'Decide' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'plain_text',
          text: `${e.domain}: ${nameOf(e.holder)} (owner) and ${nameOf(e.challenger)}.`,
        },
      },
      {
        type: 'input',
        block_id: f.owner.block,
        label: { type: 'plain_text', text: 'Ownership' },
        element: {
          type: 'static_select',
          action_id: f.owner.action,
          options: [
            option(`Keep with ${nameOf(e.holder)}`, 'keep'),
            option(`Transfer to ${nameOf(e.challenger)}`, 'handover'),
            option(`Co-own (${nameOf(e.holder)} stays captain)`, 'co_own'),
          ],
        },
      },
      date(f.until, 'Transfer until', 'The new claim expires then; empty means the usual expiry.'),
      {
        type: 'input',
        block_id: f.sender.block,
        label: { type: 'plain_text', text: 'Who sends next today' },
        element: { type: 'static_select', action_id: f.sender.action, options: reps },
      },
      {
        type: 'input',
        block_id: f.pauser.block,
        label: { type: 'plain_text', text: 'Who pauses' },
        element: {
          type: 'static_select',
          action_id: f.pauser.action,
          options: [...reps, option('Nobody', 'nobody')],
        },
      },
      {
        type: 'input',
        block_id: f.mergeNotes.block,
        label: { type: 'plain_text', text: 'Merge notes into the new claim' },
        element: {
          type: 'radio_buttons',
          action_id: f.mergeNotes.action,
          options: [option('Yes', 'yes'), option('No', 'no')],
          initial_option: option('No', 'no'),
        },
      },
      date(f.recheck, 'Recheck on', 'RevOps gets a reminder in the ops channel that morning.'),
      {
        type: 'input',
        block_id: f.rationale.block,
        label: { type: 'plain_text', text: 'Rationale' },
        element: {
          type: 'plain_text_input',
          action_id: f.rationale.action,
          multiline: true,
          max_length: 1000,
        },
      },
      {
        type: 'input',
        block_id: f.ruleChange.block,
        optional: true,
        label: { type: 'plain_text', text: 'Routing or territory rule to change' },
        hint: { type: 'plain_text', text: 'Listed in the Monday weekly review.' },
        element: {
          type: 'plain_text_input',
          action_id: f.ruleChange.action,
          multiline: true,
          max_length: 500,
        },
      },
    ],
  };
}
