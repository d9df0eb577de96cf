import type { KnownBlock } from '@slack/types';
import type { Claim } from '../store/claims.js';
import { claimButtons } from './claims.js';
import { escapeMrkdwn, formatWhen } from './text.js';

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack allows 50 blocks per message: two per claim (text, buttons), a header and an overflow line. */
const MAX_LISTED = 20;

/** /claims: my live claims, soonest expiry first (the store sorts them). */
export function claimsListMessage(claims: Claim[], timezone: string): SlackMessage {
  if (claims.length === 0) {
    const text = 'You have no claims. Claim an account before you write to it: `/claim acme.com`';
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }
  const shown = claims.slice(0, MAX_LISTED);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: `Your claims (${claims.length})` } },
    ...shown.flatMap((c): KnownBlock[] => [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text:
            `*${escapeMrkdwn(c.email ?? c.domain)}* · ${c.level} · ${c.reason.replace(/_/g, ' ')}\n` +
            `expires ${formatWhen(c.expiresAt, timezone)}` +
            (c.activatedAt ? '' : ` · log activity by ${formatWhen(c.activateBy, timezone)}`),
        },
      },
      claimButtons(c),
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
  return { text: `Your claims (${claims.length})`, blocks };
}
