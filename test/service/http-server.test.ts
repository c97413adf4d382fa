import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from '../../src/logger.js';
import { connect } from 'node:net';
import { createHttpServer, HTTP_TIMEOUTS, type ServiceHttpServer } from '../../src/service/http-server.js';
import { createMetrics } from '../../src/service/metrics.js';
import { createEventsRecorder } from '../../src/service/events.js';

describe('HTTP server', () => {
  const checks = { index: true, telegram: false };
  const metrics = createMetrics();
  const logger = createLogger({ level: 'silent' });
  let http: ServiceHttpServer;
  let base: string;

  before(async () => {
    http = createHttpServer({ logger, registry: metrics.registry, health: () => ({ ...checks }) });
    http.mount('/telegram/hook', async (req, res) => {
      let body = '';
      for await (const chunk of req) body += String(chunk);
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`got ${req.method} ${body}`);
    });
    http.mount('/broken', () => {
      throw new Error('handler bug');
    });
    const port = await http.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${port}`;
  });
  after(() => http.close());

  test('/healthz is 503 until every check passes, then 200 {"status":"ok"}', async () => {
    const down = await fetch(`${base}/healthz`);
    assert.equal(down.status, 503);
    assert.deepEqual(await down.json(), { status: 'unavailable', checks: { index: true, telegram: false } });
    checks.telegram = true;
    const up = await fetch(`${base}/healthz`);
    assert.equal(up.status, 200);
    assert.deepEqual(await up.json(), { status: 'ok' });
  });

  test('/healthz degraded (Redis away): still 200, with the reason', async () => {
    const degradedHttp = createHttpServer({
      logger,
      registry: metrics.registry,
      health: () => ({ index: true }),
      degraded: () => 'redis reconnecting: connect ECONNREFUSED 127.0.0.1:6379',
    });
    const port = await degradedHttp.listen(0, '127.0.0.1');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), {
        status: 'degraded',
        reason: 'redis reconnecting: connect ECONNREFUSED 127.0.0.1:6379',
      });
    } finally {
      await degradedHttp.close();
    }
  });

  test('/metrics serves the Prometheus text format with the service and process metrics', async () => {
    createEventsRecorder({ logger, metrics }).answered({
      platform: 'telegram',
      command: 'ask',
      latencyMs: 5,
      results: 2,
      answered: true,
    });
    const res = await fetch(`${base}/metrics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    assert.match(text, /^planbot_messages_total\{platform="telegram",command="ask"\} 1$/m);
    assert.match(text, /^planbot_reply_latency_seconds_bucket\{le="0\.005",platform="telegram"\} 1$/m);
    assert.match(text, /^# TYPE planbot_declines_total counter$/m);
    assert.match(text, /^# TYPE planbot_errors_total counter$/m);
    assert.match(text, /^# TYPE planbot_rate_limited_total counter$/m);
    assert.match(text, /^process_resident_memory_bytes \d+/m);
    assert.match(text, /^nodejs_eventloop_lag_seconds /m);
  });

  test('a mounted handler gets its path (with or without a query) and the body', async () => {
    const res = await fetch(`${base}/telegram/hook?x=1`, { method: 'POST', body: '{"update_id":1}' });
    assert.equal(res.status, 200);
    assert.equal(await res.text(), 'got POST {"update_id":1}');
  });

  test('a failing handler answers 500 and the server keeps serving', async () => {
    const res = await fetch(`${base}/broken`);
    assert.equal(res.status, 500);
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
  });

  test('anything else is 404; POST /healthz is 405', async () => {
    assert.equal((await fetch(`${base}/`)).status, 404);
    assert.equal((await fetch(`${base}/telegram`)).status, 404);
    assert.equal((await fetch(`${base}/healthz`, { method: 'POST' })).status, 405);
  });

  test('the reserved paths cannot be mounted over, nor a path twice', () => {
    assert.throws(() => http.mount('/healthz', () => {}), /reserved/);
    assert.throws(() => http.mount('/telegram/hook', () => {}), /already mounted/);
  });
});

describe('HTTP server timeouts: a slow or stalled client does not hold a socket', () => {
  const logger = createLogger({ level: 'silent' });
  let http: ServiceHttpServer;
  let port: number;

  before(async () => {
    http = createHttpServer({
      logger,
      health: () => ({ index: true }),
      timeouts: { headersMs: 300, requestMs: 600, checkEveryMs: 50 },
    });
    http.mount('/telegram/hook', async (req, res) => {
      for await (const _chunk of req);
      res.writeHead(200).end();
    });
    port = await http.listen(0, '127.0.0.1');
  });
  after(() => http.close());

  /** Writes `data` and never finishes the request; resolves with what the server said before closing. */
  function stall(data: string): Promise<{ answer: string; ms: number }> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const socket = connect(port, '127.0.0.1', () => socket.write(data));
      let answer = '';
      socket.on('data', (chunk) => (answer += String(chunk)));
      socket.on('error', reject);
      socket.on('close', () => resolve({ answer, ms: performance.now() - started }));
    });
  }

  test('headers never finished: the server answers 408 and closes', async () => {
    const { answer, ms } = await stall('POST /telegram/hook HTTP/1.1\r\nHost: x\r\n');
    assert.match(answer, /^HTTP\/1\.1 408/);
    assert.ok(ms < 5000, `closed after ${ms} ms`);
  });

  test('a body that stalls: the server answers 408 and closes', async () => {
    const { answer } = await stall(
      'POST /telegram/hook HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"update_id":',
    );
    assert.match(answer, /^HTTP\/1\.1 408/);
  });

  test('without a registry, /metrics is not served here', async () => {
    assert.equal((await fetch(`http://127.0.0.1:${port}/metrics`)).status, 404);
  });
});

describe('service defaults', () => {
  test('timeouts are a few seconds', () => {
    assert.ok(HTTP_TIMEOUTS.headersMs <= 10_000 && HTTP_TIMEOUTS.requestMs <= 30_000);
    const http = createHttpServer({ logger: createLogger({ level: 'silent' }), health: () => ({}) });
    assert.equal(http.server.headersTimeout, HTTP_TIMEOUTS.headersMs);
    assert.equal(http.server.requestTimeout, HTTP_TIMEOUTS.requestMs);
  });
});
