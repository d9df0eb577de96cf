import type { KnownBlock, SectionBlock } from '@slack/types';
import type { Reply } from '../store/replies.js';
import type { ReplyAudit } from '../usecases/reply-audit.js';
import { button, header, section } from './blocks.js';
import { claimLabel } from './claims.js';
import type { SlackMessage } from './claims-list.js';
import { replyActions } from './ids.js';
import { clip, escapeMrkdwn, slackWhen } from './text.js';

/** Items listed one by one per section (each may carry a button); the rest are counted. */
export const AUDIT_ITEMS = 10;

const viaText = { not_mine: 'Not mine', reassigned: 'Reassigned', triage: 'Sent to triage' } as const;

/**
 * The weekly reply audit: each reply on its own line with a link to its message and the
 * button that settles it; sections with nothing in them are left out.
 */
export function replyAuditMessage(
  audit: ReplyAudit,
  links: Map<string, string>,
  nameOf: (id: string) => string,
  timezone: string,
): SlackMessage {
  const replyLine = (r: Reply, extra: string) => {
    const link = links.get(r._id);
    const subject = escapeMrkdwn(clip(r.subject || '(no subject)', 80));
    return `*${escapeMrkdwn(r.from || r.domain)}*: ${link ? `<${link}|${subject}>` : subject} · ${extra}`;
  };
  const item = (text: string, label: string, replyId: string): SectionBlock => ({
    ...section(text),
    accessory: button(label, replyActions.reassign, replyId),
  });
  const more = (n: number) => (n > AUDIT_ITEMS ? [section(`…and ${n - AUDIT_ITEMS} more.`)] : []);
  const blocks: KnownBlock[] = [];
  if (audit.unowned.length) {
    blocks.push(section(`*Replies without an owner* (${audit.unowned.length})`));
    for (const { reply } of audit.unowned.slice(0, AUDIT_ITEMS))
      blocks.push(
        item(
          replyLine(
            reply,
            `${reply.state === 'triage' ? 'in triage' : 'never routed'} since ${slackWhen(reply.receivedAt, timezone)}`,
          ),
          'Assign…',
          reply._id,
        ),
      );
    blocks.push(...more(audit.unowned.length));
  }
  if (audit.overdue.length) {
    blocks.push(section(`*Replies past their SLA with no answer* (${audit.overdue.length})`));
    for (const { reply } of audit.overdue.slice(0, AUDIT_ITEMS))
      blocks.push(
        item(
          replyLine(
            reply,
            `${escapeMrkdwn(nameOf(reply.owner ?? ''))}'s, due ${slackWhen(reply.dueAt as Date, timezone)}`,
          ),
          'Reassign…',
          reply._id,
        ),
      );
    blocks.push(...more(audit.overdue.length));
  }
  const leavers = [
    ...audit.leaversClaims.map((c) => `• claim on ${escapeMrkdwn(claimLabel(c))} — ${escapeMrkdwn(c.owner)}`),
    ...audit.leaversSequences.map(
      (s) =>
        `• sequence ${escapeMrkdwn(s.sequence)} on ${escapeMrkdwn(s.contact)} — ${escapeMrkdwn(s.member)}`,
    ),
  ];
  if (leavers.length)
    blocks.push(
      section(
        `*Claims and sequences of people no longer in the policy* (${leavers.length})\n${leavers.slice(0, 30).join('\n')}`,
      ),
    );
  if (audit.idleRules.length)
    blocks.push(
      section(
        `*Routing rules that matched no reply in 30 days* (${audit.idleRules.length})\n${audit.idleRules.map((r) => `• ${r}`).join('\n')}`,
      ),
    );
  if (audit.reassignments.length)
    blocks.push(
      section(
        `*Replies that changed hands this week*\n${audit.reassignments
          .map(
            (g) =>
              `• ${viaText[g.via]}: ${g.count}${
                g.reasons.length
                  ? ` — ${g.reasons
                      .slice(0, 3)
                      .map((r) => `“${escapeMrkdwn(clip(r, 120))}”`)
                      .join(', ')}`
                  : ''
              }`,
          )
          .join('\n')}`,
      ),
    );
  if (blocks.length === 0) {
    const text = 'Weekly reply audit: nothing to report. Every reply has an owner and an answer in time.';
    return { text, blocks: [section(text)] };
  }
  return { text: 'Weekly reply audit', blocks: [header('Weekly reply audit'), ...blocks] };
}
