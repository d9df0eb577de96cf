import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { pinoHttp } from 'pino-http';
import { type Log, requestContext } from '../log.js';

/** Probes and scrapes every few seconds would drown the log. */
const QUIET = new Set(['/healthz', '/metrics']);

/**
 * One log line per HTTP request (pino-http, secrets redacted by the app's logger), with a
 * request id — the caller's `x-request-id` or a new one, echoed back — that every log line
 * written while handling it carries (`reqId`), Bolt's and the listeners' included.
 */
export function requestLogging(log: Log) {
  const http = pinoHttp({
    logger: log,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (req) => QUIET.has(req.url?.split('?')[0] ?? '') },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    http(req, res);
    requestContext.run({ reqId: String(req.id) }, next);
  };
}
