import type { Logger } from 'pino';
import type { Adapter, AdapterEvents } from '../adapters/adapter.js';
import { createDiscordAdapter } from '../adapters/discord/index.js';
import { createTelegramAdapter } from '../adapters/telegram/index.js';
import { warmUpCharts } from '../adapters/shared/chart/render.js';
import type { Config } from '../config.js';
import { createPlanBot, type PlanBot } from '../core/planbot.js';
import { createEventsRecorder } from './events.js';
import { createHttpServer, type ServiceHttpServer } from './http-server.js';
import { createMetrics, type ServiceMetrics } from './metrics.js';
import { createRedisSharedState } from './redis/shared-state.js';
import type { SharedState } from '../adapters/shared/shared-state.js';

/** The whole service, built but not started: nothing listens or connects until `start()`. */
export interface Service {
  readonly planbot: PlanBot;
  readonly adapters: readonly Adapter[];
  readonly http: ServiceHttpServer;
  /** /metrics on METRICS_PORT when set (then not on the main server). */
  readonly metricsHttp?: ServiceHttpServer;
  readonly metrics: ServiceMetrics;
  readonly events: AdapterEvents;
  /** How long building the knowledge index took. */
  readonly readyMs: number;
  /** Listens on PORT (unless console-only without PORT) and METRICS_PORT, starts every adapter; resolves with the ports. */
  start(): Promise<{ port?: number; metricsPort?: number }>;
  /** Stops every adapter (in-flight replies finish), then closes the HTTP server. Idempotent. */
  stop(): Promise<void>;
}

export interface BuildOptions {
  /** Collect node's process metrics. Default true; benches and tests may turn it off. */
  processMetrics?: boolean;
}

function buildAdapters(
  config: Config,
  deps: { planbot: PlanBot; logger: Logger; events: AdapterEvents; shared?: SharedState },
  http: ServiceHttpServer,
): Adapter[] {
  const adapters: Adapter[] = [];
  if (config.telegram) {
    const { token, apiRoot, webhook } = config.telegram;
    adapters.push(
      createTelegramAdapter({
        ...deps,
        logger: deps.logger.child({ platform: 'telegram' }),
        token,
        ...(apiRoot !== undefined && { apiRoot }),
        ...(webhook !== undefined && {
          webhook: { ...webhook, mount: (path, handler) => http.mount(path, handler) },
        }),
      }),
    );
  }
  if (config.discord) {
    const { token, restApi, guildId, messageContent } = config.discord;
    adapters.push(
      // The Discord adapter adds its own platform binding to the logger.
      createDiscordAdapter({
        ...deps,
        token,
        messageContent,
        ...(restApi !== undefined && { restApi }),
        ...(guildId !== undefined && { guildId }),
      }),
    );
  }
  return adapters;
}

/**
 * Builds the service from a validated configuration: the knowledge index (timed), metrics, the events
 * recorder, the HTTP server, and an adapter for each platform whose credentials are set. Touches no network.
 */
export function buildService(config: Config, logger: Logger, options: BuildOptions = {}): Service {
  const metrics = createMetrics({ processMetrics: options.processMetrics ?? true });
  const events = createEventsRecorder({ logger, metrics });

  const started = performance.now();
  const planbot = createPlanBot({
    ...(config.dataDir !== undefined && { dataDir: config.dataDir }),
    logger,
  });
  const readyMs = Math.round(performance.now() - started);
  logger.info({ ms: readyMs }, `ready in ${readyMs} ms`);

  const redis =
    config.redisUrl === undefined
      ? undefined
      : createRedisSharedState(config.redisUrl, logger, (use) => metrics.redisFallbacks.inc({ use }));
  const adapters: Adapter[] = [];
  const health = () =>
    Object.fromEntries<boolean>([
      ['index', true],
      ...adapters.map((a): [string, boolean] => [a.platform, a.isReady()]),
    ]);
  const http = createHttpServer({
    logger,
    ...(config.metrics === undefined && { registry: metrics.registry }),
    health,
    ...(redis && { degraded: () => redis.connection.degradedReason() }),
  });
  const metricsHttp = config.metrics && createHttpServer({ logger, registry: metrics.registry, health });
  adapters.push(
    ...buildAdapters(config, { planbot, logger, events, ...(redis && { shared: redis.state }) }, http),
  );

  let stopping: Promise<void> | undefined;
  return {
    planbot,
    adapters,
    http,
    ...(metricsHttp && { metricsHttp }),
    metrics,
    events,
    readyMs,
    async start() {
      let port: number | undefined;
      // Redis away at start-up is no reason not to answer: the replica starts degraded and reconnects.
      await redis?.connection.connect();
      if (adapters.length > 0 || config.portExplicit) {
        port = await http.listen(config.port, config.host);
        logger.info({ port }, `HTTP server on port ${port} (/healthz${metricsHttp ? '' : ', /metrics'})`);
      }
      let metricsPort: number | undefined;
      if (metricsHttp && config.metrics) {
        metricsPort = await metricsHttp.listen(config.metrics.port, config.metrics.host);
        logger.info({ port: metricsPort, host: config.metrics.host }, `/metrics on port ${metricsPort}`);
      }
      await Promise.all(
        adapters.map(async (adapter) => {
          await adapter.start();
          logger.info({ platform: adapter.platform }, `${adapter.platform} adapter started`);
        }),
      );
      if (adapters.length > 0)
        warmUpCharts().catch((err: unknown) => logger.warn({ err }, 'charts could not be drawn'));
      return {
        ...(port !== undefined && { port }),
        ...(metricsPort !== undefined && { metricsPort }),
      };
    },
    stop() {
      stopping ??= (async () => {
        const results = await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
        for (const [i, result] of results.entries()) {
          if (result.status === 'rejected') {
            logger.error(
              { err: result.reason, platform: adapters[i]!.platform },
              'adapter did not stop cleanly',
            );
          }
        }
        await Promise.all([http.close(3_000), metricsHttp?.close(3_000)]);
        await redis?.connection.close();
      })();
      return stopping;
    },
  };
}
