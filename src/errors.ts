/**
 * Coded errors, after bolt-js src/errors.ts: a handler throws one of these and the single
 * `app.error` handler (listeners/error-handler.ts) shows it on the right surface.
 */
export type ErrorCode =
  | 'bad_input' // the user typed something we cannot use; `hint` shows a correct example
  | 'not_a_member' // the Slack user is not in the policy file
  | 'not_allowed' // a member tried something their role does not permit
  | 'not_found'
  | 'stale_action' // a button whose situation has changed since it was posted
  | 'config'; // bad environment or policy file: fails at start

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, hint?: string) => new AppError('bad_input', message, hint);

/** Configuration problems carry one line per problem, each naming the variable or policy path. */
export class ConfigError extends AppError {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super('config', `${source} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** MongoDB's duplicate-key error: under the unique-insert rule it means "someone else did it". */
export const isDuplicateKey = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 11000;
