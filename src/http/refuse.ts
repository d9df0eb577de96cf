import type { Request, Response } from 'express';

/** The largest body a refused request is read to the end for (the API's own limit). */
const DRAIN_LIMIT = 2 * 1024 * 1024;

/**
 * Answers a refused request only once its body is read: answering while the client still
 * sends makes the server reset the connection (the client sees ECONNRESET, not the 401). A
 * body over the API's limit is not read: the connection is closed instead.
 */
export function refuse(req: Request, res: Response, status: number, body: object | string): void {
  let sent = false;
  const send = (close: boolean) => {
    if (sent) return;
    sent = true;
    if (close) res.set('connection', 'close');
    if (typeof body === 'string') res.status(status).send(body);
    else res.status(status).json(body);
  };
  if (req.readableEnded || Number(req.headers['content-length'] ?? 0) > DRAIN_LIMIT) {
    send(!req.readableEnded);
    return;
  }
  let seen = 0;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DRAIN_LIMIT) {
      req.pause(); // a chunked body that never ends: stop reading, answer, close
      send(true);
    }
  });
  req.on('end', () => send(false));
  req.on('error', () => res.destroy());
  req.resume();
}
