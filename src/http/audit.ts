import type { Request, Response } from 'express';
import type { Deps } from '../deps.js';
import { parseTarget } from '../domain/target.js';
import { isAppError } from '../errors.js';
import { auditHistory } from '../store/audit.js';
import { csvDocument } from '../views/csv.js';
import { describeAudit, keyLabel } from '../views/history.js';

/**
 * GET /api/audit?key=acme.com (or jane@acme.com) [&since=ISO date] [&format=csv]: the
 * ownership history of an account or contact, newest first, JSON unless CSV is asked for.
 */
export const auditRoute = (deps: Deps) => async (req: Request, res: Response) => {
  const key = typeof req.query.key === 'string' ? keyLabel(req.query.key) : '';
  const since = typeof req.query.since === 'string' ? new Date(req.query.since) : undefined;
  const problems = [
    ...(key ? [] : [{ path: 'key', message: 'give a domain or an email: ?key=acme.com' }]),
    ...(since && Number.isNaN(since.getTime())
      ? [{ path: 'since', message: 'is not a date (use ISO 8601: 2026-11-23)' }]
      : []),
  ];
  let target: ReturnType<typeof parseTarget> | undefined;
  try {
    if (key) target = parseTarget(key, deps.directory.accounts);
  } catch (e) {
    if (!isAppError(e)) throw e;
    problems.push({ path: 'key', message: e.message });
  }
  if (!target || problems.length) {
    res.status(400).json({ error: 'invalid_request', problems });
    return;
  }
  const events = await auditHistory(
    deps.db,
    { domain: target.domain, email: target.level === 'contact' ? target.email : undefined },
    { since, limit: 10_000 },
  );
  const { nameOf } = deps.directory;
  const tz = deps.directory.policy.timezone;
  const rows = events.map((e) => ({
    at: e.at.toISOString(),
    kind: e.kind,
    key: e.key,
    actor: e.actor,
    actorName: e.actor === 'system' ? 'ClaimDesk' : nameOf(e.actor),
    what: describeAudit(e, nameOf, tz),
    reason: e.reason,
    claimId: e.claimId?.toHexString(),
    replyId: e.replyId,
    before: e.before,
    after: e.after,
  }));
  if (req.query.format === 'csv') {
    const header = ['at', 'kind', 'key', 'actor', 'actor_name', 'what', 'reason', 'claim_id', 'reply_id'];
    res.type('text/csv').send(
      csvDocument(
        header,
        rows.map((r) => [r.at, r.kind, r.key, r.actor, r.actorName, r.what, r.reason, r.claimId, r.replyId]),
      ),
    );
    return;
  }
  res.json({ key: target.key, events: rows });
};
