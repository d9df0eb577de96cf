import type { HomeView, KnownBlock } from '@slack/types';
import type { Member } from '../policy/schema.js';
import type { Escalation } from '../store/escalations.js';
import type { HomeData } from '../usecases/home.js';
import { header, section } from './blocks.js';
import { claimsListMessage } from './claims-list.js';
import { escapeMrkdwn, formatWhen } from './text.js';

const tierName = {
  rep: 'tier 1, reps',
  lead: 'tier 2, team lead',
  ops: 'tier 3, RevOps',
  decided: 'decided',
} as const;

function disputeLines(list: Escalation[], nameOf: (id: string) => string, tz: string): string {
  return list
    .slice(0, 20)
    .map(
      (e) =>
        `• *${escapeMrkdwn(e.domain)}*: ${escapeMrkdwn(nameOf(e.holder))} vs ${escapeMrkdwn(nameOf(e.challenger))}, ${tierName[e.state]}, due ${formatWhen(e.dueAt, tz)}`,
    )
    .join('\n');
}

/** My claims (expiring first), my open disputes, and for leads and ops the disputes waiting on them. */
export function homeView(input: {
  member?: Member;
  data?: HomeData;
  nameOf?: (id: string) => string;
  timezone: string;
}): HomeView {
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
  const data = input.data ?? { claims: [], myDisputes: [], waitingOnMe: [] };
  const nameOf = input.nameOf ?? ((id: string) => id);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: `Hi ${input.member.name.split(' ')[0]}` } },
    ...claimsListMessage(data.claims, input.timezone).blocks,
  ];
  if (data.myDisputes.length > 0) {
    blocks.push(header('Your open disputes'), section(disputeLines(data.myDisputes, nameOf, input.timezone)));
  }
  if (data.waitingOnMe.length > 0) {
    blocks.push(
      header('Disputes waiting on you'),
      section(disputeLines(data.waitingOnMe, nameOf, input.timezone)),
    );
  }
  return { type: 'home', blocks };
}
