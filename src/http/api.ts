import express, { type Request, type Response, Router } from 'express';
import type { Deps } from '../deps.js';
import { countPreventedSends } from '../store/prevented-sends.js';
import { checkRows } from '../usecases/check.js';
import { activitiesRoute } from './activities.js';
import { auditRoute } from './audit.js';
import { requireApiToken } from './auth.js';
import { MAX_CHECK_ROWS, parseCheckRows } from './check-rows.js';
import { reportsRouter } from './reports.js';

/** The app's HTTP API for sequencers and CRMs; bearer API_TOKEN. */
export function apiRouter(deps: Deps): Router {
  const router = Router();
  router.use(requireApiToken(deps.config.apiToken));
  router.use(
    express.json({ limit: '2mb' }),
    express.text({ type: ['text/csv', 'text/plain'], limit: '2mb' }),
  );

  router.post('/activities', activitiesRoute(deps));

  router.post('/check', async (req: Request, res: Response) => {
    const kind = req.is('application/json') ? 'json' : req.is(['text/csv', 'text/plain']) ? 'csv' : undefined;
    if (!kind) {
      res.status(415).json({
        error: 'unsupported_media_type',
        message:
          'Send application/json (a list: ["acme.com", "jane@beta.io"]) or text/csv (one address or domain per row).',
      });
      return;
    }
    let rows: ReturnType<typeof parseCheckRows>;
    try {
      rows = parseCheckRows(req.body, kind);
    } catch (e) {
      res.status(400).json({ error: 'invalid_request', message: (e as Error).message });
      return;
    }
    if (rows.length > MAX_CHECK_ROWS) {
      res.status(413).json({
        error: 'too_many_rows',
        message: `${rows.length} rows; send at most ${MAX_CHECK_ROWS} per request.`,
      });
      return;
    }
    const { results, duplicates } = await checkRows(deps, rows);
    const blocked = results.filter((r) => r.verdict === 'blocked').length;
    await countPreventedSends(deps.db, 'api', deps.clock.now(), blocked);
    res.json({ results, duplicates });
  });

  router.get('/audit', auditRoute(deps));
  router.use('/reports', reportsRouter(deps));

  // Body-parser failures (bad JSON, too large) answer JSON like every other API error.
  router.use(
    (
      err: { type?: string; status?: number; message?: string },
      _req: Request,
      res: Response,
      next: (e?: unknown) => void,
    ) => {
      if (!err.status || err.status >= 500) return next(err);
      const error =
        err.type === 'entity.parse.failed'
          ? 'invalid_json'
          : err.type === 'entity.too.large'
            ? 'too_large'
            : 'invalid_request';
      res.status(err.status).json({ error, message: err.message });
    },
  );
  return router;
}
