import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { FetchFunction } from '@slack/web-api';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** What a Slack request is, for the latency histogram: kind and a bounded name. */
function handlerOf(body: Record<string, unknown>): { kind: string; name: string } {
  if (typeof body.command === 'string') return { kind: 'command', name: body.command };
  if (body.type === 'block_actions') {
    const action = (body.actions as { action_id?: string }[] | undefined)?.[0];
    return { kind: 'action', name: action?.action_id ?? 'unknown' };
  }
  if (body.type === 'view_submission' || body.type === 'view_closed') {
    const view = body.view as { callback_id?: string } | undefined;
    return { kind: 'view', name: view?.callback_id ?? 'unknown' };
  }
  if (body.type === 'shortcut' || body.type === 'message_action')
    return { kind: 'shortcut', name: String(body.callback_id ?? 'unknown') };
  const event = body.event as { type?: string } | undefined;
  if (event?.type) return { kind: 'event', name: event.type };
  return { kind: String(body.type ?? 'unknown'), name: 'unknown' };
}

/**
 * The app's Prometheus instruments, in a registry of its own (one per app, so tests can run
 * several in one process). Values the database knows are read at scrape time (http/metrics.ts).
 */
export class Telemetry {
  readonly registry = new Registry();

  readonly handlerSeconds = new Histogram({
    name: 'claimdesk_slack_handler_seconds',
    help: 'Time from receiving a Slack command, button, form or event to its listener finishing',
    labelNames: ['kind', 'name', 'outcome'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30],
    registers: [this.registry],
  });

  readonly slackCalls = new Counter({
    name: 'claimdesk_slack_api_calls_total',
    help: "Slack Web API calls (each HTTP attempt) by method and status: ok, Slack's error code, the HTTP status, or network_error",
    labelNames: ['method', 'status'],
    registers: [this.registry],
  });

  readonly slackSeconds = new Histogram({
    name: 'claimdesk_slack_api_seconds',
    help: 'Slack Web API call duration by method (each HTTP attempt)',
    labelNames: ['method'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
    registers: [this.registry],
  });

  readonly jobLateness = new Histogram({
    name: 'claimdesk_job_lateness_seconds',
    help: 'How long after its due time a job started (timeboxes, reminders, the minute sweeps)',
    labelNames: ['job'],
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'claimdesk_' });
  }

  /** Bolt global middleware: times every request's listeners, errors included. */
  readonly boltMiddleware: Middleware<AnyMiddlewareArgs> = async ({ body, next }) => {
    const end = this.handlerSeconds.startTimer(handlerOf(body as unknown as Record<string, unknown>));
    try {
      await next();
      end({ outcome: 'ok' });
    } catch (e) {
      end({ outcome: 'error' });
      throw e;
    }
  };

  /** The Web API client's fetch: counts and times each call by method and result. */
  slackFetch(base: typeof fetch = fetch): FetchFunction {
    return async (url, init) => {
      // Web API calls end in /api/<method>; anything else is an answer to a response_url.
      const method =
        new URL(String(url)).pathname.match(/\/api\/([A-Za-z]+(?:\.[A-Za-z]+)+)$/)?.[1] ?? 'response_url';
      const end = this.slackSeconds.startTimer({ method });
      try {
        const res = await base(url, init as RequestInit);
        let status = String(res.status);
        if (res.ok) {
          const body = (await res
            .clone()
            .json()
            .catch(() => undefined)) as { ok?: boolean; error?: string } | undefined;
          status = body?.ok ? 'ok' : (body?.error ?? 'unreadable');
        }
        this.slackCalls.inc({ method, status });
        return res;
      } catch (e) {
        this.slackCalls.inc({ method, status: 'network_error' });
        throw e;
      } finally {
        end();
      }
    };
  }
}
