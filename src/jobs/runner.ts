import { MongoBackend } from '@agendajs/mongo-backend';
import { Agenda } from 'agenda';
import type { Connection } from 'mongoose';
import type { Log } from '../log.js';

export interface JobRunnerOptions {
  /** How often Agenda polls for due jobs. Tests and the benchmark shorten it. */
  processEvery?: string | number;
  name?: string;
  /** Told how late each job started (seconds after its due time), for the lateness histogram. */
  onLateness?: (job: string, seconds: number) => void;
}

/** Agenda 6 on the app's own database (same driver, same connection pool). */
export class JobRunner {
  readonly agenda: Agenda;
  private running = false;

  constructor(connection: Connection, log: Log, options: JobRunnerOptions = {}) {
    if (!connection.db) throw new Error('database is not connected');
    this.agenda = new Agenda({
      backend: new MongoBackend({ mongo: connection.db, collection: 'jobs' }),
      processEvery: options.processEvery ?? 5_000,
      name: options.name,
      // A one-off job that succeeded (a timebox, a reminder) is of no further use: removed, the
      // jobs table holds what is still to run (and failures), not every dispute ever opened.
      removeOnComplete: true,
    });
    this.agenda.on('error', (error) => log.error({ err: error }, 'job runner error'));
    // Our patch to Agenda (patches/) emits the due time before run() moves it to the next run.
    (this.agenda as unknown as NodeJS.EventEmitter).on(
      'claimdesk:due',
      (job: { attrs: { name: string } }, due: Date | null | undefined) => {
        if (due) options.onLateness?.(job.attrs.name, Math.max(0, Date.now() - due.getTime()) / 1000);
      },
    );
    this.agenda.on('fail', (error, job) => log.error({ err: error, job: job.attrs?.name }, 'job failed'));
  }

  /** Call after every job is defined, so no due job meets a missing definition. */
  async start(): Promise<void> {
    await this.agenda.start();
    this.running = true;
  }

  isRunning(): boolean {
    return this.running;
  }

  /** Graceful: running jobs finish (drain), nothing is unlocked half-done. */
  async shutdown(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.agenda.drain({ timeout: 10_000, closeConnection: false });
  }
}
