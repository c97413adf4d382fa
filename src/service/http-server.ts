import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { HttpHandler } from '../adapters/adapter.js';

/** What /healthz reports: healthy only when every check is true. */
export type HealthChecks = () => Record<string, boolean>;

export interface HttpServerOptions {
  logger: Logger;
  /** Serves /metrics from this registry; absent, /metrics is not served here (METRICS_PORT has it). */
  registry?: Registry;
  health: HealthChecks;
  timeouts?: Partial<HttpTimeouts>;
  /**
   * Why the service runs degraded (e.g. Redis away: answering alone), or undefined. Degraded is still
   * 200, so an orchestrator does not restart every replica at once for a shared dependency.
   */
  degraded?: () => string | undefined;
}

/** How long a client may take; node's defaults (300 s for a request) let a stalled body hold a socket. */
export interface HttpTimeouts {
  /** Until the request's headers are complete. */
  headersMs: number;
  /** Until the whole request, body included, is received. */
  requestMs: number;
  /** How often node checks the two above (its default of 30 s would make them approximate). */
  checkEveryMs: number;
}

export const HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 5_000, requestMs: 10_000, checkEveryMs: 1_000 };

/** The service's one HTTP server: /healthz, /metrics, and handlers mounted by adapters (the webhook). */
export interface ServiceHttpServer {
  readonly server: Server;
  /** Routes requests whose path is exactly `path` to `handler`. */
  mount(path: string, handler: HttpHandler): void;
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting connections, lets requests in progress finish, then closes idle keep-alive sockets. */
  close(graceMs?: number): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

/** Creates (but does not start) the HTTP server. */
export function createHttpServer(options: HttpServerOptions): ServiceHttpServer {
  const { logger, registry, health } = options;
  const mounts = new Map<string, HttpHandler>();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const mounted = mounts.get(path);
    if (mounted) return mounted(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD' && (path === '/healthz' || path === '/metrics')) {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, { error: 'method not allowed' });
    }
    if (path === '/healthz') {
      const checks = health();
      const ok = Object.values(checks).every(Boolean);
      if (!ok) return sendJson(res, 503, { status: 'unavailable', checks });
      const reason = options.degraded?.();
      return sendJson(res, 200, reason === undefined ? { status: 'ok' } : { status: 'degraded', reason });
    }
    if (path === '/metrics' && registry) {
      return send(res, 200, registry.contentType, await registry.metrics());
    }
    sendJson(res, 404, { error: 'not found' });
  }

  const timeouts = { ...HTTP_TIMEOUTS, ...options.timeouts };
  const server = createServer({ connectionsCheckingInterval: timeouts.checkEveryMs }, (req, res) => {
    route(req, res).catch((err: unknown) => {
      logger.error({ err, method: req.method, path: req.url?.split('?')[0] }, 'HTTP handler failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });
  // Keep-alive sockets must not outlive the grace period of a shutdown.
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;

  return {
    server,
    mount(path, handler) {
      if (path === '/healthz' || path === '/metrics') throw new Error(`HTTP server: ${path} is reserved`);
      if (mounts.has(path)) throw new Error(`HTTP server: ${path} is already mounted`);
      mounts.set(path, handler);
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close(graceMs = 5_000) {
      if (!server.listening) return Promise.resolve();
      return new Promise((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
