/**
 * How long a test waits for an event (a reply, a log line, a processed update) before it gives up and
 * says what it was waiting for. Only a hang reaches it: a busy machine makes a wait slower, never this
 * slow, so no test measures the machine's speed against it.
 */
export const HANG_GUARD_MS = 120_000;
