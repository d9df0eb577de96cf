import type { Deps } from '../deps.js';
import { accountKey, contactKey } from '../domain/target.js';
import type { Claim } from '../store/claims.js';
import type { Reply } from '../store/replies.js';
import { type ReplyView, replyMessage } from '../views/reply.js';
import { clip, escapeMrkdwn } from '../views/text.js';
import { editSent } from './message-edits.js';
import { notify } from './notify.js';
import { replyClaims } from './reply-routing.js';

/** Outbox key of a reply's DM to its current owner: edited at milestones, found again by key. */
export const dmKey = (r: Pick<Reply, '_id' | 'owner' | 'passes'>) =>
  `reply:${r._id}:owner:${r.passes}:${r.owner}`;

/**
 * The DM for the reply's owner, as of now; with `view`, the same reply as a passed-on DM or a
 * triage post shows it (a status on top, not the reader's to answer).
 */
export async function ownerMessage(
  deps: Deps,
  r: Reply,
  view: Partial<ReplyView> = {},
  known?: Map<string, Claim>,
) {
  const claims = known ?? (await replyClaims(deps, r));
  const claim = claims.get(contactKey(r.from)) ?? claims.get(accountKey(r.domain));
  // The owner's own DM says "you"; a triage post or someone else's view names them.
  const yours = view.owned !== false && !!claim && claim.owner === r.owner;
  const claimLine = claim
    ? `claimed by ${yours ? 'you' : deps.directory.nameOf(claim.owner)} (${claim.level}, ${claim.reason.replace(/_/g, ' ')})`
    : 'not claimed';
  const m = r.owner ? deps.directory.member(r.owner) : undefined;
  const tz = m ? deps.directory.timezoneOf(m) : deps.directory.policy.timezone;
  const reader = view.owned !== false && m ? m.name : undefined;
  const coveringFor = r.route?.cover ? deps.directory.nameOf(r.route.cover.for) : undefined;
  const specialist = r.route?.specialist ? deps.directory.nameOf(r.route.specialist.member) : undefined;
  return replyMessage(r, {
    claimLine,
    now: deps.clock.now(),
    tz,
    buttons: true,
    reader,
    coveringFor,
    specialist,
    ...view,
  });
}

/** Re-edits the owner's DM in place (milestones, Mark replied). A failed edit is logged, not fatal. */
export async function refreshOwnerMessage(deps: Deps, r: Reply): Promise<void> {
  await editSent(deps, dmKey(r), await ownerMessage(deps, r));
}

/** A flagged reply, told once to whoever must hear of it (compliance, the ops channel). */
const FLAG_HEADING = { legal: 'Legal threat', brand: 'Brand risk' } as const;
export function tellOfFlag(
  deps: Deps,
  r: Reply,
  flag: keyof typeof FLAG_HEADING,
  channel: string,
  whose: string,
) {
  return notify(
    deps,
    {
      channel,
      text: `${FLAG_HEADING[flag]} in a reply from ${escapeMrkdwn(r.from)} (${escapeMrkdwn(r.domain)}), ${whose}: "${escapeMrkdwn(clip(r.replyText, 300))}"`,
    },
    `reply:${r._id}:${flag}`,
  );
}
