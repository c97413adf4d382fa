import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { commandTable, registerCommands, slashCommands } from '../../../src/adapters/discord/index.js';
import { FakeDiscord } from '../../helpers/fake-discord/index.js';
import { planbot } from './harness.js';

type Command = {
  name: string;
  description: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: {
    name: string;
    required?: boolean;
    autocomplete?: boolean;
    max_length?: number;
    choices?: { name: string; value: string; name_localizations?: Record<string, string> }[];
  }[];
};

describe('registering the slash commands', () => {
  let fake: FakeDiscord;
  before(async () => {
    fake = await FakeDiscord.start();
  });
  after(async () => {
    await fake.stop();
  });

  test('registers all six commands to a guild, localized, and Discord accepts them', async () => {
    const { knowledge } = planbot();
    const result = await registerCommands({
      token: fake.token,
      restApi: fake.restApi,
      guildId: fake.world.guildId,
      knowledge,
    });
    assert.equal(result.applicationId, fake.world.applicationId, 'found through GET /applications/@me');
    const put = fake.requests.find((r) => r.method === 'PUT')!;
    assert.equal(put.path, `/applications/${fake.world.applicationId}/guilds/${fake.world.guildId}/commands`);
    assert.equal(put.status, 200, JSON.stringify(put.body).slice(0, 300));

    const commands = fake.commands.get(fake.world.guildId) as Command[];
    assert.deepEqual(
      commands.map((c) => c.name),
      ['ask', 'stats', 'tasks', 'areas', 'sources', 'help'],
    );
    for (const c of commands) {
      assert.deepEqual(Object.keys(c.name_localizations ?? {}).sort(), ['zh-CN', 'zh-TW']);
      assert.deepEqual(Object.keys(c.description_localizations ?? {}).sort(), ['zh-CN', 'zh-TW']);
    }
    const ask = commands.find((c) => c.name === 'ask')!;
    assert.deepEqual(ask.name_localizations, { 'zh-CN': '提问', 'zh-TW': '提問' });
    assert.equal(ask.options![0]!.name, 'question');
    assert.equal(ask.options![0]!.required, true);
    assert.equal(ask.options![0]!.max_length, 500);

    const stats = commands.find((c) => c.name === 'stats')!;
    assert.equal(stats.options![0]!.autocomplete, true);
    assert.equal(stats.options![0]!.required, false);

    const area = commands.find((c) => c.name === 'tasks')!.options![0]!;
    const areas = [...knowledge.areas].sort((a, b) => a.order - b.order);
    assert.deepEqual(
      area.choices!.map((c) => c.value),
      areas.map((a) => a.id),
    );
    assert.deepEqual(
      area.choices!.map((c) => c.name_localizations!['zh-CN']),
      areas.map((a) => a.short),
    );
    assert.equal(area.choices![0]!.name_localizations!['zh-TW'], '科技創新', 'Traditional script for zh-TW');
  });

  test('registers globally when no guild is given', async () => {
    const result = await registerCommands({
      token: fake.token,
      restApi: fake.restApi,
      applicationId: fake.world.applicationId,
    });
    assert.equal(result.scope, 'global');
    assert.equal((fake.commands.get('global') ?? []).length, 6);
  });

  test('a wrong token fails with Discord’s 401', async () => {
    await assert.rejects(
      registerCommands({ token: 'wrong.token.here', restApi: fake.restApi }),
      /401: Unauthorized/,
    );
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
        { env, cwd: tmpdir(), timeout: 20_000 },
        (err, out, errOut) => (err ? reject(new Error(`${err.message}\n${errOut}`)) : resolve(out)),
      ),
    );
    assert.equal(
      stdout,
      `Registered 6 commands to guild ${fake.world.guildId}: /ask /stats /tasks /areas /sources /help\n`,
    );
  });
});

describe('the command table', () => {
  test('has one handler per core command', () => {
    assert.deepEqual([...commandTable().keys()], ['ask', 'stats', 'tasks', 'areas', 'sources', 'help']);
  });

  test('refuses a missing or doubled command', () => {
    assert.throws(() => commandTable(slashCommands.slice(1)), /no slash command for ask/);
    assert.throws(
      () => commandTable([...slashCommands, slashCommands[0]!]),
      /command "ask" is defined twice/,
    );
  });
});
