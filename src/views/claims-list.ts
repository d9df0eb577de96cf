import type { KnownBlock, ModalView } from '@slack/types';
import type { Claim } from '../store/claims.js';
import { claimButtons } from './claims.js';
import { claimActions, fields, modals } from './ids.js';
import { escapeMrkdwn, slackWhen } from './text.js';

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack allows 50 blocks per message: two per claim (text, buttons), a header and an overflow line. */
const MAX_LISTED = 20;

/**
 * /claims: my live claims, soonest expiry first (the store sorts them). `of` names another
 * member (a lead's or RevOps' look at someone's claims): no buttons, which only the owner may use.
 */
export function claimsListMessage(
  claims: Claim[],
  timezone: string,
  of?: string,
  /** RevOps looking at someone's claims: the member's id, for "Reassign all…". */
  reassignFrom?: string,
): SlackMessage {
  const title = of ? `${of}'s claims (${claims.length})` : `Your claims (${claims.length})`;
  if (claims.length === 0) {
    const text = of
      ? `${escapeMrkdwn(of)} has no claims.`
      : 'You have no claims. Claim an account before you write to it: `/claim acme.com`';
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }
  const shown = claims.slice(0, MAX_LISTED);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: title } },
    ...shown.flatMap((c): KnownBlock[] => [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text:
            `*${escapeMrkdwn(c.email ?? c.domain)}* · ${c.level} · ${c.reason.replace(/_/g, ' ')}\n` +
            `expires ${slackWhen(c.expiresAt, timezone)}` +
            (c.activatedAt ? '' : ` · log activity by ${slackWhen(c.activateBy, timezone)}`),
        },
      },
      ...(of ? [] : [claimButtons(c)]),
    ]),
  ];
  if (claims.length > shown.length) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `…and ${claims.length - shown.length} more. Open the app's Home tab for all.`,
        },
      ],
    });
  }
  if (reassignFrom)
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Reassign all…' },
          action_id: claimActions.reassignAll,
          value: reassignFrom,
        },
      ],
    });
  return { text: title, blocks };
}

/** "Reassign all…": to whom, and a note (required: the new owner and the history see it). */
export function reassignAllModal(from: string, fromName: string, count: number): ModalView {
  return {
    type: 'modal',
    callback_id: modals.reassignAll,
    private_metadata: JSON.stringify({ from }),
    title: { type: 'plain_text', text: 'Reassign all claims' },
    submit: { type: 'plain_text', text: 'Reassign' },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'plain_text',
          text: `Move all ${count} of ${fromName}'s live claims, with their reasons and expiries.`,
        },
      },
      {
        type: 'input',
        block_id: fields.newOwner.block,
        label: { type: 'plain_text', text: 'New owner' },
        element: { type: 'users_select', action_id: fields.newOwner.action },
      },
      {
        type: 'input',
        block_id: fields.note.block,
        label: { type: 'plain_text', text: 'Note' },
        element: { type: 'plain_text_input', action_id: fields.note.action, max_length: 300 },
      },
    ],
  };
}
