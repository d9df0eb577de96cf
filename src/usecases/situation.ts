import type { Deps } from '../deps.js';
import type { Holder, Situation } from '../domain/claim-rules.js';
import { minutesToMs } from '../domain/duration.js';
import { accountKey, type Target } from '../domain/target.js';
import { type Claim, liveClaim } from '../store/claims.js';
import { contactFlag } from '../store/contacts.js';
import { reviewOf } from '../store/escalations.js';
import { liveWorkOn } from '../store/live-work.js';

export const holderOf = (c: Claim): Holder => ({
  owner: c.owner,
  reason: c.reason,
  key: c.key,
  level: c.level,
  claimedAt: c.claimedAt,
  expiresAt: c.expiresAt,
});

/**
 * The account's owner in the team's policy, while they are on the team: a permanent claim.
 * Someone who left holds nothing (their accounts route on to claims and territories).
 */
export function standingOwnerOf(
  deps: Pick<Deps, 'directory'>,
  domain: string,
  now: Date,
): string | undefined {
  const owner = deps.directory.accounts.of(domain)?.owner;
  return owner && !deps.directory.hasLeft(deps.directory.member(owner), now) ? owner : undefined;
}

export interface LoadedSituation {
  situation: Situation;
  accountClaim?: Claim;
  contactClaim?: Claim;
}

/** Everything the claim rules need about a target, read from the database. */
export async function loadSituation(deps: Deps, requester: string, target: Target): Promise<LoadedSituation> {
  const since = new Date(deps.clock.now().getTime() - minutesToMs(deps.directory.policy.claims.replyBlock));
  const [accountClaim, contactClaim, flag, review, live] = await Promise.all([
    liveClaim(deps.db, accountKey(target.domain)),
    target.level === 'contact' ? liveClaim(deps.db, target.key) : undefined,
    target.level === 'contact' ? contactFlag(deps.db, target.email, deps.clock.now()) : null,
    reviewOf(deps.db, accountKey(target.domain)),
    target.level === 'contact' ? liveWorkOn(deps.db, [target.email], since) : undefined,
  ]);
  return {
    accountClaim,
    contactClaim,
    situation: {
      requester,
      target,
      accountHolder: accountClaim && holderOf(accountClaim),
      contactHolder: contactClaim && holderOf(contactClaim),
      contactStatus: flag ? { status: flag.status, at: flag.at, until: flag.until } : undefined,
      underReview: review && { holder: review.holder, since: review.since, dueAt: review.dueAt },
      live: target.level === 'contact' ? live?.get(target.email) : undefined,
      hardBlockReasons: deps.directory.policy.claims.hardBlockReasons,
      standingOwner: standingOwnerOf(deps, target.domain, deps.clock.now()),
    },
  };
}
