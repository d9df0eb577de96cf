import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Bearer API_TOKEN on every /api route; compared in constant time. */
export const requireApiToken =
  (token: string | undefined) => (req: Request, res: Response, next: NextFunction) => {
    if (!token) {
      res.status(503).json({ error: 'api_disabled', message: 'Set API_TOKEN to use the HTTP API.' });
      return;
    }
    // The Bearer scheme only: a bare token (or Basic, or a token in another header) is refused.
    const given = Buffer.from(/^Bearer +(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
    const expected = Buffer.from(token);
    if (!given.length || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.status(401).json({ error: 'unauthorized', message: 'Send Authorization: Bearer <API_TOKEN>.' });
      return;
    }
    next();
  };
