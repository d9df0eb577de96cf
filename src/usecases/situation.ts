import type { Deps } from '../deps.js';
import type { Holder, Situation } from '../domain/claim-rules.js';
import { accountKey, type Target } from '../domain/target.js';
import { type Claim, liveClaim } from '../store/claims.js';
import { contactFlag } from '../store/contacts.js';
import { reviewOf } from '../store/escalations.js';

export const holderOf = (c: Claim): Holder => ({
  owner: c.owner,
  reason: c.reason,
  key: c.key,
  level: c.level,
  claimedAt: c.claimedAt,
  expiresAt: c.expiresAt,
});

export interface LoadedSituation {
  situation: Situation;
  accountClaim?: Claim;
  contactClaim?: Claim;
}

/** Everything the claim rules need about a target, read from the database. */
export async function loadSituation(deps: Deps, requester: string, target: Target): Promise<LoadedSituation> {
  const [accountClaim, contactClaim, flag, review] = await Promise.all([
    liveClaim(deps.db, accountKey(target.domain)),
    target.level === 'contact' ? liveClaim(deps.db, target.key) : undefined,
    target.level === 'contact' ? contactFlag(deps.db, target.email) : null,
    reviewOf(deps.db, accountKey(target.domain)),
  ]);
  return {
    accountClaim,
    contactClaim,
    situation: {
      requester,
      target,
      accountHolder: accountClaim && holderOf(accountClaim),
      contactHolder: contactClaim && holderOf(contactClaim),
      contactStatus: flag ? { status: flag.status, at: flag.at } : undefined,
      underReview: review && { holder: review.holder, since: review.since, dueAt: review.dueAt },
      hardBlockReasons: deps.directory.policy.claims.hardBlockReasons,
    },
  };
}
