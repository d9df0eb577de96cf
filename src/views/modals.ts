import type { ModalView, PlainTextOption } from '@slack/types';
import { claimReasons } from '../policy/schema.js';
import { activityTypes } from '../store/activities.js';
import { fields, modals } from './ids.js';

const option = (value: string): PlainTextOption => ({
  text: { type: 'plain_text', text: value.replace(/_/g, ' ') },
  value,
});

const noteInput = (label: string, optional: boolean) => ({
  type: 'input' as const,
  block_id: fields.note.block,
  optional,
  label: { type: 'plain_text' as const, text: label },
  element: { type: 'plain_text_input' as const, action_id: fields.note.action, max_length: 500 },
});

/** `/claim` with no argument: target, level, reason, note. */
export function claimModal(): ModalView {
  return {
    type: 'modal',
    callback_id: modals.claim,
    title: { type: 'plain_text', text: 'Claim' },
    submit: { type: 'plain_text', text: 'Claim' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: fields.target.block,
        label: { type: 'plain_text', text: 'Company domain or contact email' },
        element: {
          type: 'plain_text_input',
          action_id: fields.target.action,
          placeholder: { type: 'plain_text', text: 'acme.com or jane@acme.com' },
          max_length: 320,
        },
      },
      {
        type: 'input',
        block_id: fields.reason.block,
        label: { type: 'plain_text', text: 'Reason' },
        element: {
          type: 'static_select',
          action_id: fields.reason.action,
          options: claimReasons.map(option),
          initial_option: option('prospecting'),
        },
      },
      {
        type: 'input',
        block_id: fields.level.block,
        label: { type: 'plain_text', text: 'Level' },
        element: {
          type: 'static_select',
          action_id: fields.level.action,
          options: [option('account'), option('contact')],
          initial_option: option('account'),
        },
        hint: { type: 'plain_text', text: 'Contact needs an email. Account on an email claims its company.' },
      },
      noteInput('Note', true),
      {
        type: 'input',
        block_id: fields.expiry.block,
        optional: true,
        label: { type: 'plain_text', text: 'Expires (optional, sooner than the default)' },
        element: { type: 'datepicker', action_id: fields.expiry.action },
      },
    ],
  };
}

/** Extend: a one-line note is required (why the claim is still live). */
export function extendModal(claimId: string, label: string): ModalView {
  return {
    type: 'modal',
    callback_id: modals.extend,
    private_metadata: JSON.stringify({ claimId }),
    title: { type: 'plain_text', text: 'Extend claim' },
    submit: { type: 'plain_text', text: 'Extend' },
    blocks: [
      { type: 'section', text: { type: 'plain_text', text: `Extend your claim on ${label}.` } },
      noteInput('Why is it still live?', false),
    ],
  };
}

/** Log activity by hand: what kind, and a note. */
export function logActivityModal(claimId: string, label: string): ModalView {
  return {
    type: 'modal',
    callback_id: modals.logActivity,
    private_metadata: JSON.stringify({ claimId }),
    title: { type: 'plain_text', text: 'Log activity' },
    submit: { type: 'plain_text', text: 'Log' },
    blocks: [
      { type: 'section', text: { type: 'plain_text', text: `Activity on ${label}` } },
      {
        type: 'input',
        block_id: fields.activityType.block,
        label: { type: 'plain_text', text: 'What happened' },
        element: {
          type: 'static_select',
          action_id: fields.activityType.action,
          options: activityTypes.filter((t) => t !== 'reply').map(option),
          initial_option: option('outbound_email'),
        },
      },
    ],
  };
}
