import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { FakeDiscord } from '../../helpers/fake-discord/index.js';

describe('`npm run register`, as a process', () => {
  let fake: FakeDiscord;
  before(async () => {
    fake = await FakeDiscord.start();
  });
  after(async () => {
    await fake.stop();
  });

  test('`npm run register` registers to DISCORD_GUILD_ID and says what it did', async () => {
    const script = fileURLToPath(new URL('../../../src/register.ts', import.meta.url));
    const env = {
      ...process.env,
      DISCORD_TOKEN: fake.token,
      DISCORD_REST_API: fake.restApi,
      DISCORD_GUILD_ID: fake.world.guildId,
    };
    const stdout = await new Promise<string>((resolve, reject) =>
      // cwd elsewhere, so no developer's .env is read
      execFile(
        process.execPath,
        ['--import', import.meta.resolve('tsx'), script],
        { env, cwd: tmpdir() },
        (err, out, errOut) => (err ? reject(new Error(`${err.message}\n${errOut}`)) : resolve(out)),
      ),
    );
    assert.equal(
      stdout,
      `Registered 6 commands to guild ${fake.world.guildId}: /ask /stats /tasks /areas /sources /help\n`,
    );
  });
});
