/** The whole service (buildService) wired to the fake Telegram and fake Discord, for fault and soak tests. */
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { buildService, type Service } from '../../src/service/app.js';
import { FakeDiscord } from '../helpers/fake-discord/index.js';
import { FakeTelegram } from '../helpers/fake-telegram/index.js';

export interface Running {
  service: Service;
  tg: FakeTelegram;
  dc: FakeDiscord;
  /** Every log line, parsed. */
  lines: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** Starts both fakes and the service with both adapters, exactly as main would from this environment. */
export async function startService(): Promise<Running> {
  const tg = await FakeTelegram.start({ maxPollHoldMs: 100 });
  const dc = await FakeDiscord.start();
  const config = parseConfig({
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    DISCORD_TOKEN: dc.token,
    DISCORD_REST_API: dc.restApi,
    HOST: '127.0.0.1',
  });
  config.port = 0; // a free port: the environment cannot ask for one (PORT=0 is refused)
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'info',
    secrets: config.secrets,
    destination: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  const service = await buildService(config, logger, { processMetrics: false });
  await service.start();
  const telegram = service.adapters.find((adapter) => adapter.platform === 'telegram');
  tg.settle = () => telegram?.idle?.() ?? Promise.resolve();
  await dc.ready();
  return {
    service,
    tg,
    dc,
    lines,
    async stop() {
      await service.stop();
      await Promise.all([tg.close(), dc.stop()]);
    },
  };
}

// The bench's measure of the heap after full collections, so soak and bench report the same figure.
export { heapMb } from '../../bench/measure.js';

/** How many times each distinct value occurs. */
export function counts<T>(values: T[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}
