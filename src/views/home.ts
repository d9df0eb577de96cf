import type { HomeView, KnownBlock } from '@slack/types';
import type { Member } from '../policy/schema.js';
import type { Escalation } from '../store/escalations.js';
import type { Reply } from '../store/replies.js';
import type { HomeData } from '../usecases/home.js';
import { actions, button, context, header, section } from './blocks.js';
import { claimsListMessage } from './claims-list.js';
import { escalationActions, replyActions } from './ids.js';
import { metricsBlocks } from './metrics.js';
import { categoryTitle, slaLine } from './reply.js';
import { clip, escapeMrkdwn, slackWhen } from './text.js';

/** Slack's limit for a Home tab. */
const MAX_BLOCKS = 100;

const tierName = {
  rep: 'tier 1, reps',
  lead: 'tier 2, team lead',
  ops: 'tier 3, RevOps',
  decided: 'decided',
} as const;

type NameOf = (id: string) => string;

function disputeLine(e: Escalation, nameOf: NameOf, tz: string, link?: string): string {
  const open = link ? ` · <${link}|Open>` : '';
  return `*${escapeMrkdwn(e.domain)}*: ${escapeMrkdwn(nameOf(e.holder))} vs ${escapeMrkdwn(nameOf(e.challenger))}, ${tierName[e.state]}, due ${slackWhen(e.dueAt, tz)}${open}`;
}

const replyLine = (r: Reply, now: Date, tz: string, extra = '') =>
  `*${categoryTitle[r.category]}* from ${escapeMrkdwn(r.fromName ? `${r.fromName} <${r.from}>` : r.from)} — ` +
  `"${escapeMrkdwn(clip(r.subject || '(no subject)', 80))}"${extra}\n${slaLine(r, now, tz)}`;

/** A rep's own queue: replies to answer (with their buttons), then claims about to lapse. */
function myWork(data: HomeData, now: Date, tz: string): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (data.openReplies.length) {
    blocks.push(header(`Replies to answer (${data.openReplies.length})`));
    for (const r of data.openReplies)
      blocks.push(
        section(replyLine(r, now, tz)),
        actions(
          button('Mark replied', replyActions.markReplied, r._id, 'primary'),
          button('Reassign', replyActions.reassign, r._id),
          button('Not mine', replyActions.notMine, r._id),
        ),
      );
  }
  if (data.lapsing.length)
    blocks.push(
      context(
        `:hourglass: *About to lapse:* ${data.lapsing
          .map((c) =>
            c.activatedAt
              ? `${escapeMrkdwn(c.email ?? c.domain)} (expires ${slackWhen(c.expiresAt, tz)})`
              : `${escapeMrkdwn(c.email ?? c.domain)} (log activity by ${slackWhen(c.activateBy, tz)})`,
          )
          .join(', ')}`,
      ),
    );
  return blocks;
}

/** What waits on a lead or RevOps: disputes (a link, or Decide… at RevOps), overdue replies, triage. */
function queue(data: HomeData, nameOf: NameOf, now: Date, tz: string): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (data.waitingOnMe.length) {
    blocks.push(header('Disputes waiting on you'));
    for (const e of data.waitingOnMe)
      blocks.push({
        ...section(disputeLine(e, nameOf, tz, data.links.get(e._id.toHexString()))),
        ...(e.state === 'ops'
          ? { accessory: button('Decide…', escalationActions.opsDecide, e._id.toHexString(), 'primary') }
          : {}),
      });
  }
  const assignable = (title: string, list: Reply[], label: string) => {
    if (!list.length) return;
    blocks.push(header(`${title} (${list.length})`));
    for (const r of list)
      blocks.push({
        ...section(replyLine(r, now, tz, r.owner ? ` · ${escapeMrkdwn(nameOf(r.owner))}'s` : '')),
        accessory: button(label, replyActions.reassign, r._id),
      });
  };
  assignable('Replies past their SLA', data.overdue, 'Reassign…');
  assignable('In triage', data.triage, 'Assign…');
  return blocks;
}

/** Each role's Home: a rep's replies and claims, a lead's and RevOps' queue, RevOps' numbers. */
export function homeView(input: {
  member?: Member;
  data?: HomeData;
  nameOf?: NameOf;
  timezone: string;
  now?: Date;
}): HomeView {
  if (!input.member || !input.data) {
    return {
      type: 'home',
      blocks: [section('You are not in the policy file yet. Ask your team lead to add you.')],
    };
  }
  const { data, timezone: tz } = input;
  const now = input.now ?? new Date();
  const nameOf = input.nameOf ?? ((id: string) => id);
  const blocks: KnownBlock[] = [
    header(`Hi ${input.member.name.split(' ')[0]}`),
    ...myWork(data, now, tz),
    ...claimsListMessage(data.claims, tz).blocks,
  ];
  if (data.myDisputes.length)
    blocks.push(
      header('Your open disputes'),
      section(
        data.myDisputes
          .slice(0, 10)
          .map((e) => `• ${disputeLine(e, nameOf, tz, data.links.get(e._id.toHexString()))}`)
          .join('\n'),
      ),
    );
  blocks.push(...queue(data, nameOf, now, tz));
  if (data.metrics) blocks.push(header('The last 7 days'), ...metricsBlocks(data.metrics, 'Everyone'));
  return { type: 'home', blocks: blocks.slice(0, MAX_BLOCKS) };
}
