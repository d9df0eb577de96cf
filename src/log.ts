import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import { pino } from 'pino';

export type Log = pino.Logger;

export function createLog(level: string): Log {
  return pino({ level, base: undefined });
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
