import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of the service, in a registry of their own (no global state between instances). */
export interface ServiceMetrics {
  readonly registry: Registry;
  /** Messages answered, by platform and command (`planbot_messages_total`). */
  readonly messages: Counter<'platform' | 'command'>;
  /** Update-to-reply time in seconds, by platform (`planbot_reply_latency_seconds`). */
  readonly latency: Histogram<'platform'>;
  /** Answers where nothing in the data answered the line (`planbot_declines_total`). */
  readonly declines: Counter<'platform'>;
  /** Errors while handling an update (`planbot_errors_total`). */
  readonly errors: Counter<'platform'>;
  /** Users told to slow down (`planbot_rate_limited_total`). */
  readonly rateLimited: Counter<'platform'>;
  /** 👍/👎 presses under answers (`planbot_feedback_total`; verdict `up` or `down`). */
  readonly feedback: Counter<'platform' | 'verdict'>;
  /** Replies given up because the platform kept their chat throttled (`planbot_replies_dropped_total`). */
  readonly dropped: Counter<'platform'>;
  /** Times Redis could not serve and this process answered alone (`planbot_redis_fallbacks_total`). */
  readonly redisFallbacks: Counter<'use'>;
}

export interface MetricsOptions {
  /** Also collect node's process metrics (CPU, memory, event loop lag, ...). Default true. */
  processMetrics?: boolean;
}

/** Creates the service's metrics. */
export function createMetrics(options: MetricsOptions = {}): ServiceMetrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  return {
    registry,
    messages: new Counter({
      name: 'planbot_messages_total',
      help: 'Messages answered, by platform and command.',
      labelNames: ['platform', 'command'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'planbot_reply_latency_seconds',
      help: 'Time from receiving an update to sending its reply.',
      labelNames: ['platform'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    declines: new Counter({
      name: 'planbot_declines_total',
      help: 'Answers where nothing in the data answered the line.',
      labelNames: ['platform'],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'planbot_errors_total',
      help: 'Errors while handling an update.',
      labelNames: ['platform'],
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'planbot_rate_limited_total',
      help: 'Messages refused because the user sent too many too fast.',
      labelNames: ['platform'],
      registers: [registry],
    }),
    feedback: new Counter({
      name: 'planbot_feedback_total',
      help: 'Feedback button presses under answers, by platform and verdict (up, down).',
      labelNames: ['platform', 'verdict'],
      registers: [registry],
    }),
    dropped: new Counter({
      name: 'planbot_replies_dropped_total',
      help: 'Replies given up because the platform kept their chat throttled past the wait cap.',
      labelNames: ['platform'],
      registers: [registry],
    }),
    redisFallbacks: new Counter({
      name: 'planbot_redis_fallbacks_total',
      help: 'Times Redis could not serve pages, limits, dedupe or identify pacing, and this process answered alone.',
      labelNames: ['use'],
      registers: [registry],
    }),
  };
}
