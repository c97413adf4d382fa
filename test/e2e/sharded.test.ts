import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { FakeDiscord } from '../helpers/fake-discord/index.js';
import { startRedis } from '../helpers/redis-server.js';
import { spawnMain } from '../service/spawn-main.js';

describe('npm run start:sharded', () => {
  test('spawns one shard process per recommended shard; each answers its share and stops on SIGTERM', async () => {
    const fake = await FakeDiscord.start({ shards: 2 });
    const script = fileURLToPath(new URL('../../src/sharded.ts', import.meta.url));
    const manager = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), script], {
      cwd: tmpdir(),
      env: {
        ...process.env,
        DISCORD_TOKEN: fake.token,
        DISCORD_REST_API: fake.restApi,
        DISCORD_SHARD_SPAWN_DELAY_MS: '50',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    manager.stdout.on('data', (chunk) => (output += chunk));
    manager.stderr.on('data', (chunk) => (output += chunk));
    const exited = once(manager, 'exit');
    try {
      const shards = await fake.until(
        () => {
          const ids = fake.gatewayLog.flatMap((e) => (e.kind === 'identify' ? [e.shard.join('/')] : []));
          return ids.length === 2 ? ids.sort() : undefined;
        },
        40_000,
        'two shards to identify',
      );
      assert.deepEqual(shards, ['0/2', '1/2']);

      const inGuild = fake.slash('ask', { question: '第三轮计划有多少项重点任务？' });
      const inDm = fake.slash('areas', {}, { dm: true });
      assert.equal((await fake.reply(inGuild, 20_000)).embeds[0]!.title, '165项');
      assert.equal((await fake.reply(inDm, 20_000)).embeds[0]!.fields!.length, 9);

      manager.kill('SIGTERM');
      const [code] = await exited;
      assert.equal(code, 0, output);
      const closes = await fake.until(
        () => {
          const codes = fake.gatewayLog.flatMap((e) => (e.kind === 'close' ? [e.code] : []));
          return codes.length >= 2 ? codes : undefined;
        },
        10_000,
        'both shards to close their gateway connection',
      );
      assert.deepEqual(closes, [1000, 1000], 'each shard stopped its client cleanly');
    } finally {
      if (manager.exitCode === null) manager.kill('SIGKILL');
      await fake.stop();
    }
  });
});

describe('two machines, one fleet: DISCORD_SHARD_LIST with a shared Redis', () => {
  test('managers with shard lists [0] and [1] of 2 run one shard each, IDENTIFY paced across them, and answer', async () => {
    const fake = await FakeDiscord.start({ shards: 2 });
    const redis = await startRedis();
    const script = fileURLToPath(new URL('../../src/sharded.ts', import.meta.url));
    const machine = (list: string) =>
      spawnMain(
        {
          DISCORD_TOKEN: fake.token,
          DISCORD_REST_API: fake.restApi,
          DISCORD_SHARDS: '2',
          DISCORD_SHARD_LIST: list,
          DISCORD_SHARD_SPAWN_DELAY_MS: '50',
          REDIS_URL: redis.url,
          LOG_LEVEL: 'warn',
        },
        { script },
      );
    const machines = [machine('0'), machine('1')];
    try {
      const identified = await fake.until(
        () => {
          const seen = fake.gatewayLog.flatMap((e) => (e.kind === 'identify' ? [e] : []));
          return seen.length === 2 ? seen : undefined;
        },
        40_000,
        'both machines to identify their shard',
      );
      assert.deepEqual(identified.map((e) => e.shard.join('/')).sort(), ['0/2', '1/2']);
      // max_concurrency 1: one bucket for the whole fleet, so the second waited out Discord's 5 s.
      const [first, second] = identified;
      assert.ok(second!.at - first!.at >= 4_900, `identified ${second!.at - first!.at} ms apart`);

      const inGuild = fake.slash('ask', { question: '第三轮计划有多少项重点任务？' });
      const inDm = fake.slash('areas', {}, { dm: true });
      assert.equal((await fake.reply(inGuild, 20_000)).embeds[0]!.title, '165项');
      assert.equal((await fake.reply(inDm, 20_000)).embeds[0]!.fields!.length, 9);

      for (const { child } of machines) child.kill('SIGTERM');
      assert.deepEqual(await Promise.all(machines.map((m) => m.exited)), [0, 0]);
    } finally {
      for (const { child } of machines) if (child.exitCode === null) child.kill('SIGKILL');
      await Promise.all(machines.map((m) => m.exited));
      await redis.stop();
      await fake.stop();
    }
  });
});
