import { type Request, type Response, Router } from 'express';
import type { Deps } from '../deps.js';
import { replyAudit } from '../usecases/reply-audit.js';
import { lastWeek, type Range, teamMetrics } from '../usecases/team-metrics.js';
import { metricsCsv } from '../views/metrics.js';

const DAY = 86_400_000;
const MAX_RANGE_DAYS = 366;

/** `from`/`to` as ISO dates or date-times; by default the seven days before now. */
function rangeOf(req: Request, now: Date): Range | { problems: { path: string; message: string }[] } {
  const read = (name: 'from' | 'to') => {
    const v = req.query[name];
    return typeof v === 'string' && v ? new Date(v) : undefined;
  };
  const week = lastWeek(now);
  const from = read('from') ?? (read('to') ? new Date((read('to') as Date).getTime() - 7 * DAY) : week.from);
  const to = read('to') ?? (read('from') ? now : week.to);
  const problems = [
    ...(Number.isNaN(from.getTime()) ? [{ path: 'from', message: 'is not a date (2026-11-16)' }] : []),
    ...(Number.isNaN(to.getTime()) ? [{ path: 'to', message: 'is not a date (2026-11-23)' }] : []),
  ];
  if (!problems.length && from >= to) problems.push({ path: 'to', message: 'must be after from' });
  if (!problems.length && to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY)
    problems.push({ path: 'to', message: `a range is at most ${MAX_RANGE_DAYS} days` });
  return problems.length ? { problems } : { from, to };
}

/** GET /api/reports/…: what the weekly digest shows, for any range, as CSV or JSON. */
export function reportsRouter(deps: Deps): Router {
  const router = Router();

  // Per team and per member; CSV unless ?format=json.
  router.get('/metrics', async (req: Request, res: Response) => {
    const range = rangeOf(req, deps.clock.now());
    if ('problems' in range) {
      res.status(400).json({ error: 'invalid_request', problems: range.problems });
      return;
    }
    const rows = await teamMetrics(deps, range);
    if (req.query.format === 'json') {
      res.json({ from: range.from.toISOString(), to: range.to.toISOString(), rows });
      return;
    }
    res
      .type('text/csv')
      .attachment(`claimdesk-metrics-${range.from.toISOString().slice(0, 10)}.csv`)
      .send(metricsCsv(rows));
  });

  // The weekly reply audit as of now, JSON.
  router.get('/reply-audit', async (_req: Request, res: Response) => {
    const audit = await replyAudit(deps);
    const reply = (r: (typeof audit.unowned)[number]['reply']) => ({
      id: r._id,
      from: r.from,
      domain: r.domain,
      subject: r.subject,
      category: r.category,
      state: r.state,
      owner: r.owner,
      receivedAt: r.receivedAt,
      dueAt: r.dueAt,
    });
    res.json({
      unowned: audit.unowned.map((i) => reply(i.reply)),
      overdue: audit.overdue.map((i) => reply(i.reply)),
      leaversClaims: audit.leaversClaims.map((c) => ({ key: c.key, owner: c.owner, expiresAt: c.expiresAt })),
      leaversSequences: audit.leaversSequences,
      idleRules: audit.idleRules,
      reassignments: audit.reassignments,
    });
  });
  return router;
}
