import express, { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { parseTarget, type Target } from '../domain/target.js';
import { isAppError } from '../errors.js';
import { formatPath } from '../policy/load.js';
import { activityTypes } from '../store/activities.js';
import { recordActivity } from '../usecases/activity.js';
import { checkRows } from '../usecases/check.js';
import { requireApiToken } from './auth.js';
import { MAX_CHECK_ROWS, parseCheckRows } from './check-rows.js';

const activityBody = z
  .object({
    type: z.enum(activityTypes),
    email: z.string().max(320).optional(),
    domain: z.string().max(253).optional(),
    member: z.string().min(1).max(320),
    at: z.iso.datetime({ offset: true }).optional(),
    sequence: z.string().max(200).optional(),
    source: z.string().max(200).optional(),
    messageId: z.string().min(1).max(998).optional(),
  })
  .refine((b) => b.email || b.domain, { error: 'give email or domain', path: ['email'] });

/** A sequencer's clock may run a little ahead of ours; an activity further ahead is a mistake. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

const problemsOf = (e: z.ZodError) =>
  e.issues.map((i) => ({ path: formatPath(i.path) || '(body)', message: i.message }));

/** The app's HTTP API for sequencers and CRMs; bearer API_TOKEN. */
export function apiRouter(deps: Deps): Router {
  const router = Router();
  router.use(requireApiToken(deps.config.apiToken));
  router.use(
    express.json({ limit: '2mb' }),
    express.text({ type: ['text/csv', 'text/plain'], limit: '2mb' }),
  );

  router.post('/activities', async (req: Request, res: Response) => {
    const body = activityBody.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({ error: 'invalid_request', problems: problemsOf(body.error) });
      return;
    }
    const b = body.data;
    if (b.at && new Date(b.at).getTime() > deps.clock.now().getTime() + MAX_CLOCK_SKEW_MS) {
      res.status(400).json({
        error: 'invalid_request',
        problems: [{ path: 'at', message: 'is in the future: record an activity when it has happened' }],
      });
      return;
    }
    const member = b.member.includes('@')
      ? deps.directory.memberByEmail(b.member)
      : deps.directory.member(b.member);
    if (!member) {
      res.status(422).json({
        error: 'unknown_member',
        message: `${b.member} is not in the policy file; ask ${deps.directory.adminsText()} to add them.`,
      });
      return;
    }
    let target: Target;
    try {
      target = parseTarget((b.email ?? b.domain) as string, deps.directory.accounts);
    } catch (e) {
      if (!isAppError(e)) throw e;
      res.status(400).json({
        error: 'invalid_target',
        problems: [{ path: b.email ? 'email' : 'domain', message: e.message }],
      });
      return;
    }
    const outcome = await recordActivity(deps, {
      type: b.type,
      target,
      member,
      at: b.at ? new Date(b.at) : deps.clock.now(),
      sequence: b.sequence,
      source: b.source,
      messageId: b.messageId,
    });
    res.status(outcome.recorded ? 201 : 200).json({
      recorded: outcome.recorded,
      duplicate: !outcome.recorded,
      activated: outcome.activated.map((c) => ({ claimId: c._id.toHexString(), key: c.key })),
      conflict: outcome.conflict
        ? {
            owner: outcome.conflict.owner,
            ownerName: deps.directory.member(outcome.conflict.owner)?.name,
            key: outcome.conflict.key,
          }
        : null,
    });
  });

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
    res.json({ results: await checkRows(deps, rows) });
  });

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
