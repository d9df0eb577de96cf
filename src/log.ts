import { AsyncLocalStorage } from 'node:async_hooks';
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import { pino } from 'pino';

export type Log = pino.Logger;

/** The HTTP request being handled, so every log line written for it carries its id. */
export const requestContext = new AsyncLocalStorage<{ reqId: string }>();

/** Secrets never reach the log, wherever they sit in a logged object. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-slack-signature"]',
  'res.headers["set-cookie"]',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.apiToken',
  '*.password',
  '*.pass',
  '*.authorization',
];

export function createLog(level: string, destination?: pino.DestinationStream): Log {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      mixin: () => {
        const reqId = requestContext.getStore()?.reqId;
        return reqId ? { reqId } : {};
      },
    },
    destination,
  );
}

const toPino: Record<LogLevel, string> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

/** Bolt and the Web API client log through the app's pino logger, so one stream holds it all. */
export function slackLogger(log: Log, name = 'slack'): SlackLogger {
  let child = log.child({ name });
  return {
    debug: (...msg) => child.debug(msg.map(String).join(' ')),
    info: (...msg) => child.info(msg.map(String).join(' ')),
    warn: (...msg) => child.warn(msg.map(String).join(' ')),
    error: (...msg) => child.error(msg.map(String).join(' ')),
    setLevel: (level) => {
      child.level = toPino[level];
    },
    getLevel: () =>
      (Object.entries(toPino).find(([, v]) => v === child.level)?.[0] ?? LogLevel.INFO) as LogLevel,
    setName: (n) => {
      child = log.child({ name: n });
    },
  };
}
