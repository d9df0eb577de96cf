import type { Deps } from '../deps.js';
import type { Holder, Situation } from '../domain/claim-rules.js';
import { minutesToMs } from '../domain/duration.js';
import { accountKey, type Target } from '../domain/target.js';
import { type Claim, liveClaimsIn, liveClaimsOn } from '../store/claims.js';
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
  /** For a claim on an account: the live claims on its contacts (read with the account's). */
  contactClaims?: Claim[];
}

/**
 * Everything the claim rules need about a target, read from the database. `holder` is a claim on
 * the target known already (whoever just won its lock), so it is not read again.
 */
export async function loadSituation(
  deps: Deps,
  requester: string,
  target: Target,
  holder?: Claim,
): Promise<LoadedSituation> {
  const since = new Date(deps.clock.now().getTime() - minutesToMs(deps.directory.policy.claims.replyBlock));
  const account = accountKey(target.domain);
  const [claims, flag, review, live] = await Promise.all([
    claimsAround(deps, target),
    target.level === 'contact' ? contactFlag(deps.db, target.email, deps.clock.now()) : null,
    reviewOf(deps.db, account),
    target.level === 'contact' ? liveWorkOn(deps.db, [target.email], since) : undefined,
  ]);
  if (holder) claims.set(holder.key, holder);
  const accountClaim = claims.get(account);
  const contactClaim = target.level === 'contact' ? claims.get(target.key) : undefined;
  return {
    accountClaim,
    contactClaim,
    contactClaims:
      target.level === 'account' ? [...claims.values()].filter((c) => c.level === 'contact') : undefined,
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

/**
 * The live claims a decision on `target` reads, by key. On an account, one read of the account's
 * claims: the account's own lock decides at the insert. On a contact, through the locks of the
 * contact and its account: the account's holder must be seen even mid-take.
 */
async function claimsAround(deps: Deps, target: Target): Promise<Map<string, Claim>> {
  if (target.level === 'contact') return liveClaimsOn(deps.db, [accountKey(target.domain), target.key]);
  return new Map((await liveClaimsIn(deps.db, target.domain)).map((c) => [c.key, c]));
}
