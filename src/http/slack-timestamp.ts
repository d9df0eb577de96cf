import type { NextFunction, Request, Response } from 'express';
import { refuse } from './refuse.js';

const FIVE_MINUTES_S = 5 * 60;

/**
 * Slack signs the time with the body and Bolt rejects a request older than five minutes (a
 * replay). A timestamp more than five minutes *ahead* is no better: a request signed for later
 * could be replayed until then. Real time, as Slack's and Bolt's are.
 */
export function rejectFutureSlackRequests(req: Request, res: Response, next: NextFunction): void {
  const sent = Number(req.headers['x-slack-request-timestamp']);
  if (Number.isFinite(sent) && sent > Date.now() / 1000 + FIVE_MINUTES_S) {
    refuse(req, res, 401, 'x-slack-request-timestamp is in the future');
    return;
  }
  next();
}
