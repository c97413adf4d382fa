/**
 * Resolves with what `probe` returns once it returns something other than undefined or false, polling
 * every few milliseconds: for effects that no fake announces with an event. Rejects after `timeoutMs`.
 */
export async function eventually<T>(probe: () => T | undefined | false, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`eventually: nothing after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
