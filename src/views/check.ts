import type { KnownBlock } from '@slack/types';
import type { LiveWork } from '../domain/claim-rules.js';
import { targetLabel } from '../domain/target.js';
import { statusText } from '../store/contacts.js';
import type { CheckReport } from '../usecases/check.js';
import { actions, button, context, section } from './blocks.js';
import { reasonText } from './claims.js';
import type { SlackMessage } from './claims-list.js';
import { outcomeText } from './escalation.js';
import { escalationActions } from './ids.js';
import { clip, escapeMrkdwn, slackWhen } from './text.js';

const badge = {
  clear: ':large_green_circle: *Clear*',
  warn: ':large_yellow_circle: *Warn*',
  blocked: ':red_circle: *Blocked*',
} as const;

/** "In Ben's sequence Q4 outbound" / "Ava has its reply of Mon 23 Nov": the record that blocks. */
export function liveText(
  live: LiveWork | undefined,
  nameOf: (id: string) => string,
  timezone: string,
): string {
  if (!live) return 'Someone else is talking to this contact.';
  const who = escapeMrkdwn(nameOf(live.member));
  return live.kind === 'sequence'
    ? `In *${who}*'s running sequence${live.sequence ? ` *${escapeMrkdwn(live.sequence)}*` : ''}: nobody else may write to it until it stops.`
    : `It replied${live.at ? ` on ${slackWhen(live.at, timezone)}` : ''} and *${who}* has that conversation: nobody else may write to it.`;
}

/** `/check`: verdict first, then why, then the facts a rep needs before sending. */
export function checkMessage(r: CheckReport, nameOf: (id: string) => string, timezone: string): SlackMessage {
  const label = escapeMrkdwn(targetLabel(r.target));
  const h = r.holderClaim;
  const why = {
    free: `Nobody has claimed it. Claim it before you send: \`/claim ${label}\``,
    yours: r.result.standingOwner
      ? "It is yours: you are the account's owner in the team's policy."
      : 'It is yours.',
    contact_suppressed: r.contactFlag
      ? `This contact ${statusText[r.contactFlag.status]} on ${slackWhen(r.contactFlag.at, timezone)}: nobody may write to it${r.contactFlag.until ? ` until ${slackWhen(r.contactFlag.until, timezone)}` : ''}.`
      : 'Nobody may write to this contact.',
    under_review: `Under review since ${r.review ? slackWhen(r.review.since, timezone) : '?'}, decision due ${r.review ? slackWhen(r.review.dueAt, timezone) : '?'}: only ${escapeMrkdwn(r.review ? nameOf(r.review.holder) : '?')} may contact it meanwhile.`,
    held_hard: `Claimed by *${escapeMrkdwn(h ? nameOf(h.owner) : '?')}* with a reason that blocks others.`,
    held_soft: `Claimed by *${escapeMrkdwn(h ? nameOf(h.owner) : '?')}* while prospecting: talk to them before you send.`,
    live_elsewhere: liveText(r.result.live, nameOf, timezone),
    unowned: `Nobody owns it, and this team sends only with an owner: \`/claim ${label}\` first.`,
    standing_owner: `*${escapeMrkdwn(nameOf(r.result.standingOwner ?? '?'))}* owns the account in the team's policy, for good: talk to them before you send.`,
  }[r.result.why];
  const blocks: KnownBlock[] = [section(`${badge[r.result.verdict]} — *${label}*\n${why}`)];
  if (!h && r.result.standingOwner) {
    blocks.push(
      section(
        `Owner: ${escapeMrkdwn(nameOf(r.result.standingOwner))} · account · account owner in the team's policy (never expires)`,
      ),
    );
  } else if (h) {
    blocks.push(
      section(
        `Owner: ${escapeMrkdwn(nameOf(h.owner))} · ${h.level} · ${reasonText(h.reason)}\n` +
          `Claimed ${slackWhen(h.claimedAt, timezone)} · expires ${slackWhen(h.expiresAt, timezone)}`,
      ),
    );
  }
  const recent = r.activity
    .slice(0, 5)
    .map(
      (a) => `${slackWhen(a.at, timezone)} ${a.type.replace(/_/g, ' ')} (${escapeMrkdwn(nameOf(a.member))})`,
    );
  blocks.push(
    context(
      `Activity, last 30 days: ${r.activity.length ? `${r.activity.length} — ${recent.join('; ')}` : 'none'}`,
    ),
  );
  blocks.push(
    context(
      `Active sequences: ${r.activeSequences.length ? escapeMrkdwn(r.activeSequences.join(', ')) : 'none'}`,
    ),
  );
  if (r.target.level === 'contact')
    blocks.push(
      context(
        `Contact status: ${r.contactFlag ? r.contactFlag.status : 'ok'}` +
          (r.mailbox
            ? ` · sending mailbox: ${escapeMrkdwn(r.mailbox.mailbox)} (${escapeMrkdwn(nameOf(r.mailbox.member))}): write from that one`
            : ''),
      ),
    );
  if (r.decisions.length)
    blocks.push(
      context(
        `Decision log: ${r.decisions
          .map(
            (d) =>
              `${slackWhen(d.at, timezone)} ${escapeMrkdwn(nameOf(d.holder))} vs ${escapeMrkdwn(nameOf(d.challenger))}: ${outcomeText[d.outcome]} (${escapeMrkdwn(d.by === 'system' ? 'default decision' : nameOf(d.by))})` +
              (d.rationale ? ` — ${escapeMrkdwn(clip(d.rationale, 200))}` : ''),
          )
          .join('; ')}`,
      ),
    );
  // Someone else holds it and no dispute is open: the rep can start one from here.
  if (h && ['held_hard', 'held_soft', 'live_elsewhere'].includes(r.result.why))
    blocks.push(actions(button('Escalate', escalationActions.escalate, h._id.toHexString())));
  return { text: `${r.result.verdict.toUpperCase()}: ${targetLabel(r.target)}`, blocks };
}
