import type { HomeView, KnownBlock } from '@slack/types';
import type { Member } from '../policy/schema.js';
import type { Claim } from '../store/claims.js';
import { claimsListMessage } from './claims-list.js';

export function homeView(input: { member?: Member; claims: Claim[]; timezone: string }): HomeView {
  if (!input.member) {
    return {
      type: 'home',
      blocks: [
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: 'You are not in the policy file yet. Ask your team lead to add you.',
          },
        },
      ],
    };
  }
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: `Hi ${input.member.name.split(' ')[0]}` } },
    ...claimsListMessage(input.claims, input.timezone).blocks,
  ];
  return { type: 'home', blocks };
}
