import type { KnownBlock } from '@slack/types';
import { targetLabel } from '../domain/target.js';
import type { CheckReport } from '../usecases/check.js';
import { actions, button, context, section } from './blocks.js';
import { reasonText } from './claims.js';
import type { SlackMessage } from './claims-list.js';
import { outcomeText } from './escalation.js';
import { escalationActions } from './ids.js';
import { clip, escapeMrkdwn, formatWhen } from './text.js';

const badge = {
  clear: ':large_green_circle: *Clear*',
  warn: ':large_yellow_circle: *Warn*',
  blocked: ':red_circle: *Blocked*',
} as const;

/** `/check`: verdict first, then why, then the facts a rep needs before sending. */
export function checkMessage(r: CheckReport, nameOf: (id: string) => string, timezone: string): SlackMessage {
  const label = escapeMrkdwn(targetLabel(r.target));
  const h = r.holderClaim;
  const why = {
    free: `Nobody has claimed it. Claim it before you send: \`/claim ${label}\``,
    yours: 'It is yours.',
    contact_suppressed: `This contact ${r.contactFlag?.status} on ${r.contactFlag ? formatWhen(r.contactFlag.at, timezone) : '?'}: nobody may write to it.`,
    under_review: `Under review since ${r.review ? formatWhen(r.review.since, timezone) : '?'}, decision due ${r.review ? formatWhen(r.review.dueAt, timezone) : '?'}: only ${escapeMrkdwn(r.review ? nameOf(r.review.holder) : '?')} may contact it meanwhile.`,
    held_hard: `Claimed by *${escapeMrkdwn(h ? nameOf(h.owner) : '?')}* with a reason that blocks others.`,
    held_soft: `Claimed by *${escapeMrkdwn(h ? nameOf(h.owner) : '?')}* while prospecting: talk to them before you send.`,
  }[r.result.why];
  const blocks: KnownBlock[] = [section(`${badge[r.result.verdict]} — *${label}*\n${why}`)];
  if (h) {
    blocks.push(
      section(
        `Owner: ${escapeMrkdwn(nameOf(h.owner))} · ${h.level} · ${reasonText(h.reason)}\n` +
          `Claimed ${formatWhen(h.claimedAt, timezone)} · expires ${formatWhen(h.expiresAt, timezone)}`,
      ),
    );
  }
  const recent = r.activity
    .slice(0, 5)
    .map(
      (a) => `${formatWhen(a.at, timezone)} ${a.type.replace(/_/g, ' ')} (${escapeMrkdwn(nameOf(a.member))})`,
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
    blocks.push(context(`Contact status: ${r.contactFlag ? r.contactFlag.status : 'ok'}`));
  if (r.decisions.length)
    blocks.push(
      context(
        `Decision log: ${r.decisions
          .map(
            (d) =>
              `${formatWhen(d.at, timezone)} ${escapeMrkdwn(nameOf(d.holder))} vs ${escapeMrkdwn(nameOf(d.challenger))}: ${outcomeText[d.outcome]} (${escapeMrkdwn(d.by === 'system' ? 'default decision' : nameOf(d.by))})` +
              (d.rationale ? ` — ${escapeMrkdwn(clip(d.rationale, 200))}` : ''),
          )
          .join('; ')}`,
      ),
    );
  // Someone else holds it and no dispute is open: the rep can start one from here.
  if (h && (r.result.why === 'held_hard' || r.result.why === 'held_soft'))
    blocks.push(actions(button('Escalate', escalationActions.escalate, h._id.toHexString())));
  return { text: `${r.result.verdict.toUpperCase()}: ${targetLabel(r.target)}`, blocks };
}
