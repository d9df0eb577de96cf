import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { refuse } from './refuse.js';

/** Bearer API_TOKEN on every /api route; compared in constant time. */
export const requireApiToken =
  (token: string | undefined) => (req: Request, res: Response, next: NextFunction) => {
    if (!token) {
      refuse(req, res, 503, { error: 'api_disabled', message: 'Set API_TOKEN to use the HTTP API.' });
      return;
    }
    // The Bearer scheme only: a bare token (or Basic, or a token in another header) is refused.
    const given = Buffer.from(/^Bearer +(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
    const expected = Buffer.from(token);
    if (!given.length || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      refuse(req, res, 401, { error: 'unauthorized', message: 'Send Authorization: Bearer <API_TOKEN>.' });
      return;
    }
    next();
  };
