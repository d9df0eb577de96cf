/**
 * Polls until `condition` holds: for effects that happen after Slack's request was acked.
 * The deadline is generous on purpose: it only bounds a failing run, a passing one returns as
 * soon as the condition holds, however busy the machine.
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Retries an assertion until it passes (or rethrows its last failure at the deadline): for
 * stored state that the app writes after it has answered.
 */
export async function eventually<T>(assertion: () => T | Promise<T>, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return await assertion();
    } catch (e) {
      if (Date.now() - start > timeoutMs) throw e;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
