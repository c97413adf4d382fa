import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { FakeDiscord } from '../../helpers/fake-discord/index.js';
import { HANG_GUARD_MS } from '../../helpers/hang-guard.js';

describe('npm run start:sharded', () => {
  test('spawns one shard process per recommended shard; each answers its share and stops on SIGTERM', async () => {
    const fake = await FakeDiscord.start({ shards: 2 });
    const script = fileURLToPath(new URL('../../../src/adapters/discord/sharded.ts', import.meta.url));
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
        HANG_GUARD_MS,
        'two shards to identify',
      );
      assert.deepEqual(shards, ['0/2', '1/2']);

      const inGuild = fake.slash('ask', { question: '第三轮计划有多少项重点任务？' });
      const inDm = fake.slash('areas', {}, { dm: true });
      assert.equal((await fake.reply(inGuild)).embeds[0]!.title, '165项');
      assert.equal((await fake.reply(inDm)).embeds[0]!.fields!.length, 9);

      manager.kill('SIGTERM');
      const [code] = await exited;
      assert.equal(code, 0, output);
      const closes = await fake.until(
        () => {
          const codes = fake.gatewayLog.flatMap((e) => (e.kind === 'close' ? [e.code] : []));
          return codes.length >= 2 ? codes : undefined;
        },
        HANG_GUARD_MS,
        'both shards to close their gateway connection',
      );
      assert.deepEqual(closes, [1000, 1000], 'each shard stopped its client cleanly');
    } finally {
      if (manager.exitCode === null) manager.kill('SIGKILL');
      await fake.stop();
    }
  });
});
