import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { createLogger } from '../../src/logger.js';
import { installShutdown } from '../../src/service/shutdown.js';

function harness(stop: () => Promise<void>, timeoutMs = 10_000) {
  const lines: { msg: string }[] = [];
  const logger = createLogger({
    level: 'info',
    destination: { write: (l: string) => lines.push(JSON.parse(l)) },
  });
  const signals = new EventEmitter();
  const exits = new EventEmitter();
  const codes: number[] = [];
  const shutdown = installShutdown({
    logger,
    stop,
    timeoutMs,
    signals,
    exit: (code) => {
      codes.push(code);
      exits.emit('exit', code);
    },
  });
  return { lines, signals, exits, codes, shutdown };
}

describe('installShutdown', () => {
  test('SIGTERM waits for stop() to finish, then exits 0', async () => {
    let finishStop!: () => void;
    let stopCalled!: () => void;
    const called = new Promise<void>((resolve) => (stopCalled = resolve));
    const h = harness(
      () =>
        new Promise<void>((resolve) => {
          finishStop = resolve;
          stopCalled();
        }),
    );
    const exited = once(h.exits, 'exit');
    h.signals.emit('SIGTERM');
    await called;
    assert.deepEqual(h.codes, [], 'no exit while stop() is still running');
    finishStop();
    assert.deepEqual(await exited, [0]);
    assert.deepEqual(
      h.lines.map((l) => l.msg),
      ['shutting down', 'stopped'],
    );
  });

  test('a stop that fails exits 1 with the error logged', async () => {
    const h = harness(() => Promise.reject(new Error('gateway stuck')));
    const exited = once(h.exits, 'exit');
    h.signals.emit('SIGINT');
    assert.deepEqual(await exited, [1]);
    assert.equal(h.lines.at(-1)!.msg, 'shutdown failed');
  });

  test('a stop that hangs is cut off after the timeout with exit 1', async () => {
    const h = harness(() => new Promise<void>(() => {}), 50);
    const exited = once(h.exits, 'exit');
    void h.shutdown('test');
    assert.deepEqual(await exited, [1]);
    assert.equal(h.lines.at(-1)!.msg, 'shutdown took too long: exiting');
  });

  test('a second signal exits at once', () => {
    const h = harness(() => new Promise<void>(() => {}), 5_000);
    h.signals.emit('SIGTERM');
    h.signals.emit('SIGTERM');
    assert.deepEqual(h.codes, [1]);
    assert.equal(h.lines.at(-1)!.msg, 'second stop request: exiting now');
  });
});
