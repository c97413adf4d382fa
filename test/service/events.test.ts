import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from '../../src/logger.js';
import { createEventsRecorder, hashUserId } from '../../src/service/events.js';
import { createMetrics } from '../../src/service/metrics.js';

function recorder(level: 'info' | 'debug') {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level, destination: { write: (l: string) => lines.push(JSON.parse(l)) } });
  const metrics = createMetrics({ processMetrics: false });
  const events = createEventsRecorder({ logger, metrics, salt: 'test-salt' });
  return { lines, metrics, events };
}

async function metricValue(
  metrics: ReturnType<typeof createMetrics>,
  name: string,
  labels: Record<string, string>,
) {
  const family = name.replace(/_count$/, '');
  const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === family);
  const value = metric?.values.find(
    (v) =>
      ((v as { metricName?: string }).metricName ?? family) === name &&
      Object.entries(labels).every(([k, l]) => v.labels[k] === l),
  );
  return value?.value ?? 0;
}

describe('events recorder', () => {
  test('one line per answered message, with a hashed user and no text at info level', () => {
    const { lines, events } = recorder('info');
    events.answered({
      platform: 'telegram',
      command: 'ask',
      latencyMs: 3.14159,
      results: 4,
      answered: true,
      userId: '42',
      text: '第三轮计划有多少项重点任务？',
    });
    assert.equal(lines.length, 1);
    const line = lines[0]!;
    assert.equal(line.msg, 'answered');
    assert.equal(line.platform, 'telegram');
    assert.equal(line.command, 'ask');
    assert.equal(line.latencyMs, 3.1);
    assert.equal(line.results, 4);
    assert.equal(line.answered, true);
    assert.equal(line.user, hashUserId('42', 'test-salt'));
    assert.match(String(line.user), /^[0-9a-f]{12}$/);
    assert.equal(line.text, undefined);
    assert.ok(!JSON.stringify(line).includes('"42"'));
  });

  test('the text appears at debug level', () => {
    const { lines, events } = recorder('debug');
    events.answered({
      platform: 'discord',
      command: 'stats',
      latencyMs: 1,
      results: 0,
      answered: false,
      text: '研发',
    });
    assert.equal(lines[0]!.text, '研发');
  });

  test('hashes differ by salt, so two runs cannot be joined', () => {
    assert.notEqual(hashUserId('42', 'a'), hashUserId('42', 'b'));
    assert.equal(hashUserId('42', 'a'), hashUserId('42', 'a'));
  });

  test('feeds messages, declines, latency, errors and rate limits', async () => {
    const { lines, metrics, events } = recorder('info');
    events.answered({ platform: 'telegram', command: 'ask', latencyMs: 2, results: 1, answered: true });
    events.answered({ platform: 'telegram', command: 'ask', latencyMs: 4, results: 0, answered: false });
    events.answered({ platform: 'discord', command: 'help', latencyMs: 1, results: 0, answered: true });
    events.failed('telegram', new Error('boom'), { updateId: 7, userId: 99, text: 'secret question' });
    events.rateLimited('discord');
    assert.equal(
      await metricValue(metrics, 'planbot_messages_total', { platform: 'telegram', command: 'ask' }),
      2,
    );
    assert.equal(
      await metricValue(metrics, 'planbot_messages_total', { platform: 'discord', command: 'help' }),
      1,
    );
    assert.equal(await metricValue(metrics, 'planbot_declines_total', { platform: 'telegram' }), 1);
    assert.equal(await metricValue(metrics, 'planbot_errors_total', { platform: 'telegram' }), 1);
    assert.equal(await metricValue(metrics, 'planbot_rate_limited_total', { platform: 'discord' }), 1);
    assert.equal(
      await metricValue(metrics, 'planbot_reply_latency_seconds_count', { platform: 'telegram' }),
      2,
    );
    const failure = lines.find((l) => l.msg === 'failed to answer')!;
    assert.equal(failure.level, 50);
    assert.equal(failure.updateId, 7);
    assert.equal(failure.user, hashUserId('99', 'test-salt'));
    assert.equal(failure.text, undefined);
    assert.equal((failure.err as { message: string }).message, 'boom');
  });
});
