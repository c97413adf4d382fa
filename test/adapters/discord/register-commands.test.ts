import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  commandDefinitions,
  commandTable,
  registerCommands,
  slashCommands,
} from '../../../src/adapters/discord/index.js';
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
});

describe('command descriptions name the plans as the data does', () => {
  test('a newer plan with eight areas changes the descriptions, with no code change', () => {
    const { knowledge } = planbot();
    const newest = [...knowledge.plans].sort((a, b) => b.round - a.round)[0]!;
    const dropped = knowledge.areas.find((a) => a.plan === newest.id)!;
    const changed = {
      ...knowledge,
      plans: knowledge.plans.map((p) => (p.id === newest.id ? { ...p, period: '2027—2029' } : p)),
      areas: knowledge.areas.filter((a) => a !== dropped),
    };
    const text = JSON.stringify(commandDefinitions(changed));
    assert.match(text, /The 8 areas of the 2027—2029 plan/);
    assert.match(text, /2027—2029 年计划的八个方面/);
    assert.match(text, /2027—2029 年計劃的八個方面之一/);
    assert.doesNotMatch(text, /2024—2026|2024–2026|九个|九個|\b9 areas/);
    const today = JSON.stringify(commandDefinitions(knowledge));
    assert.match(today, /The 9 areas of the 2024—2026 plan/);
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
