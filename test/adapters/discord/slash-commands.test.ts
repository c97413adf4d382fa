import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { messageProblems } from '../../helpers/fake-discord/index.js';
import { eventually } from '../../helpers/eventually.js';
import { planbot, slowPlanbot, startBot, workClock, type Bot } from './harness.js';

const NO_PINGS = { parse: [], replied_user: false };

describe('Discord slash commands, end to end through discord.js and the fake Discord', () => {
  let bot: Bot;
  before(async () => {
    // Timing judged by the work done (1 ms an answer), not by how busy the machine is.
    const clock = workClock();
    bot = await startBot({ planbot: slowPlanbot(clock, 1), clock: clock.now });
  });
  after(async () => {
    await bot.stop();
  });

  test('/ask answers a figure question with the figure first and the source in the footer', async () => {
    const question = '第三轮计划有多少项重点任务？';
    const ask = bot.fake.slash('ask', { question }, { locale: 'zh-CN' });
    const callback = await bot.fake.callback(ask);
    const stat = planbot().knowledge.stats.find((s) => s.id === 'stat-plan3-task-count')!;
    const source = planbot().knowledge.sources.find((s) => s.id === stat.source)!;

    assert.equal(callback.type, 4);
    assert.deepEqual(callback.data.allowed_mentions, NO_PINGS);
    assert.deepEqual(callback.data.embeds[0], {
      color: 0x2b6cb0,
      title: '165项',
      description: `**${stat.metric}**\n> ${stat.quote}`,
      footer: { text: `来源：${source.publisher} · ${source.date} · ${source.title}` },
      author: { name: `问：${question}` },
      ...(source.url ? { url: source.url } : {}),
    });
    // One card per result the core gives (a figure the data states exactly may stand alone).
    const results = planbot().run({ command: 'ask', arg: question, lang: 'zh', limit: 5 }).results;
    assert.equal(callback.data.embeds.length, results.length);
    assert.deepEqual(messageProblems(callback.data), []);
    assert.equal(callback.data.flags, undefined, 'the answer is public');
    const lead = planbot().run({ command: 'ask', arg: question, lang: 'zh' }).lead;
    assert.match(lead ?? '', /165项/);
    assert.equal(callback.data.content.split('\n')[0], lead, 'the lead sentence is the first line');

    const event = await eventually(() => bot.events.answeredEvents.find((e) => e.text === question));
    assert.equal(event.platform, 'discord');
    assert.equal(event.command, 'ask');
    assert.equal(event.results, results.length);
    assert.equal(event.answered, true);
    assert.equal(event.userId, bot.fake.world.users.alice.id);
  });

  test('/ask from an English client answers in English', async () => {
    const ask = bot.fake.slash('ask', { question: '第三轮计划有多少项重点任务？' }, { locale: 'en-US' });
    const { data } = await bot.fake.callback(ask);
    assert.equal(data.embeds[0].title, '165');
    assert.match(
      data.content.split('\n')[0],
      /^[^\u4e00-\u9fff]*165[^\u4e00-\u9fff]*\.$/,
      'an English lead first',
    );
    assert.equal(data.embeds[0].author.name, 'Q: 第三轮计划有多少项重点任务？');
    assert.match(data.embeds[0].description, /^\*\*Key tasks in the 2024—2026 plan\*\*/);
    assert.match(data.embeds[0].footer.text, /^Source: /);

    const paged = bot.fake.slash('ask', { question: '长三角重点任务' }, { locale: 'en-US' });
    const { data: page } = await bot.fake.callback(paged);
    assert.match(page.content, /^Results 1–5 of \d+$/);
    assert.deepEqual(
      page.components[0].components.map((b: { label: string }) => b.label),
      ['◀ Previous', 'More ▶'],
    );
  });

  test('/ask from a Traditional Chinese client answers in Chinese, in traditional characters', async () => {
    const ask = bot.fake.slash(
      'ask',
      { question: 'How many key tasks does the 2024–2026 plan have?' },
      { locale: 'zh-TW' },
    );
    const { data } = await bot.fake.callback(ask);
    assert.match(data.embeds[0].author.name, /^問：/);
    assert.match(data.embeds[0].footer.text, /^來源：/);
    assert.match(data.embeds[0].footer.text, /21世紀經濟報道|新民晚報/);
    assert.deepEqual(messageProblems(data), []);
  });

  test('/ask "when" gets the plan fact as the card, titled with its plan', async () => {
    const ask = bot.fake.slash('ask', { question: '第三轮行动计划什么时候发布的' }, { locale: 'zh-CN' });
    const { data } = await bot.fake.callback(ask);
    const plan = planbot().knowledge.plans.find((p) => p.id === 'plan-2024-2026')!;
    assert.equal(data.embeds[0].title, plan.title);
    assert.match(data.embeds[0].description, /2024年7月25日/);
    assert.match(data.embeds[0].footer.text, /^来源：/);
  });

  test('/ask for the tasks of one area is titled with that area, not as the nine areas', async () => {
    const ask = bot.fake.slash('ask', { question: '第三轮计划在生态方面有哪些任务？' }, { locale: 'zh-CN' });
    const { data } = await bot.fake.callback(ask);
    assert.equal(data.embeds[0].title, '生态环境：重点任务');
    assert.ok(data.embeds[0].fields.length > 5);
  });

  test('/ask written in traditional characters is answered in traditional characters', async () => {
    const ask = bot.fake.slash('ask', { question: '第三輪計劃在生態方面有哪些任務？' }, { locale: 'zh-CN' });
    const { data } = await bot.fake.callback(ask);
    const text = JSON.stringify(data.embeds);
    assert.match(text, /生態環境/);
    assert.doesNotMatch(text, /来源|生态环境/);
  });

  test('/ask for a list shows the whole list on one page, as one embed of fields', async () => {
    const question = 'Which areas does the 2024–2026 plan cover?';
    const ask = bot.fake.slash('ask', { question }, { locale: 'en-US' });
    const { data } = await bot.fake.callback(ask);
    const areas = [...planbot().knowledge.areas].sort((a, b) => a.order - b.order);
    assert.equal(data.embeds.length, 1);
    assert.equal(data.embeds[0].title, 'The 9 areas of the 2024—2026 plan');
    assert.equal(data.embeds[0].author.name, `Q: ${question}`);
    assert.deepEqual(
      data.embeds[0].fields.slice(0, 9).map((f: { name: string }) => f.name),
      areas.map((a) => `${a.order}. ${a.short} — ${a.en}`),
    );
  });

  test('/ask with nothing in the data gives a no-match card with suggestions, not an error', async () => {
    const ask = bot.fake.slash('ask', { question: 'zzzz qqqq xxxx' }, { locale: 'en-US' });
    const { type, data } = await bot.fake.callback(ask);
    assert.equal(type, 4);
    assert.equal(data.embeds.length, 1);
    assert.match(
      data.embeds[0].description,
      /^Nothing in the sources answers that\. Try rephrasing, or one of these:\n• /,
    );
    assert.equal(data.components.length, 0);
    const event = await eventually(() => bot.events.answeredEvents.find((e) => e.text === 'zzzz qqqq xxxx'));
    assert.equal(event.answered, false);
  });

  test('/ask with only spaces is told, privately, to write a question', async () => {
    const ask = bot.fake.slash('ask', { question: '   ' }, { locale: 'zh-CN' });
    const { type, data } = await bot.fake.callback(ask);
    assert.equal(type, 4);
    assert.equal(data.flags, 64);
    assert.deepEqual(data.embeds, [
      { color: 0xc53030, description: '请输入一个问题，例如“第三轮三年行动计划有多少项重点任务？”' },
    ]);
    assert.equal(data.components.length, 0);
  });

  test('/stats without a topic shows the headline figures as cards, each with its source', async () => {
    const stats = bot.fake.slash('stats', {}, { locale: 'zh-CN' });
    const { data } = await bot.fake.callback(stats);
    assert.ok(data.embeds.length >= 1 && data.embeds.length <= 5);
    for (const embed of data.embeds) {
      assert.ok(embed.title, 'every card leads with its figure or plan');
      assert.match(embed.footer.text, /^来源：.+ · \d{4}-\d{2}(-\d{2})? · /);
    }
  });

  test('/stats with a topic picked from autocomplete shows that statistic first', async () => {
    const typed = bot.fake.autocomplete('stats', { topic: '研发' }, 'topic');
    const { type, data } = await bot.fake.callback(typed);
    assert.equal(type, 8);
    assert.ok(data.choices.length > 0 && data.choices.length <= 25);
    const stats = planbot().knowledge.stats;
    for (const choice of data.choices) {
      const stat = stats.find((s) => s.id === choice.value);
      assert.ok(stat, `choice value ${choice.value} is a statistic id`);
      assert.ok(choice.name.length <= 100);
    }
    const picked = stats.find((s) => s.id === data.choices[0].value)!;
    assert.match(picked.metric + picked.metric_en, /研发|R&D/);

    const run = bot.fake.slash('stats', { topic: picked.id }, { locale: 'zh-CN' });
    const answer = await bot.fake.callback(run);
    const title = String(answer.data.embeds[0].title).replace(/,/g, '');
    assert.ok(title.includes(String(picked.value)), `${title} shows ${picked.value}`);
    assert.match(answer.data.embeds[0].description, new RegExp(picked.metric.replace(/[()]/g, '.')));
  });

  test('autocomplete with nothing typed offers the headline topics, at most 25', async () => {
    const typed = bot.fake.autocomplete('stats', { topic: '' }, 'topic');
    const { data } = await bot.fake.callback(typed);
    assert.ok(data.choices.length > 0 && data.choices.length <= 25);
  });

  test('/areas lists the 9 areas of the 2024–2026 plan in order', async () => {
    const areas = bot.fake.slash('areas', {}, { locale: 'zh-CN' });
    const { data } = await bot.fake.callback(areas);
    const expected = [...planbot().knowledge.areas].sort((a, b) => a.order - b.order);
    assert.equal(data.embeds.length, 1);
    assert.equal(data.embeds[0].title, '第三轮三年行动计划（2024—2026年）的九个方面');
    assert.deepEqual(
      data.embeds[0].fields.map((f: { name: string }) => f.name),
      expected.map((a) => `${a.order}. ${a.short}`),
    );
    assert.equal(data.components.length, 0, 'nine areas fit on one page');
  });

  test('/tasks with an area shows that area’s tasks; without one, the areas with their counts', async () => {
    const area = planbot().knowledge.areas.find((a) => a.id === 'science-innovation')!;
    const tasks = bot.fake.slash('tasks', { area: area.id }, { locale: 'zh-CN' });
    const { data } = await bot.fake.callback(tasks);
    assert.ok(data.embeds.length > 0);
    for (const embed of data.embeds) assert.equal(embed.title, area.short);
    const listed = planbot()
      .knowledge.tasks.filter((t) => t.area === area.id)
      .map((t) => t.text);
    assert.ok(listed.some((text) => data.embeds[0].description.startsWith(text)));

    const all = bot.fake.slash('tasks', {}, { locale: 'en-US' });
    const list = await bot.fake.callback(all);
    assert.equal(list.data.embeds[0].title, 'Key tasks');
    assert.equal(list.data.embeds[0].fields.length, 9);
    assert.match(list.data.embeds[0].fields[0].value, /\d+ key tasks/);
  });

  test('/sources lists the articles with publisher, date and a link where there is one', async () => {
    const sources = bot.fake.slash('sources', {}, { locale: 'zh-CN' });
    const { data } = await bot.fake.callback(sources);
    const known = planbot().knowledge.sources;
    const fields = data.embeds[0].fields as { name: string; value: string }[];
    assert.equal(fields.length, Math.min(10, known.length));
    for (const field of fields) {
      const source = known.find((s) => s.title === field.name);
      assert.ok(source, `${field.name} is a known source`);
      assert.ok(field.value.includes(source.publisher) && field.value.includes(source.date));
      // A page we could not verify is named, marked and not linked (spam hosts carry ads); a repost (an
      // outlet's text on a third-party host, mostly mirrors) is named and not linked.
      const unverified = source.status === 'unverified' || source.status === 'mt';
      const linked = !unverified && source.status !== 'repost';
      if (source.url && linked) assert.ok(field.value.includes(`](${source.url})`));
      if (!linked) assert.ok(!field.value.includes(`](`), `${source.id} is not linked`);
      if (unverified) assert.ok(field.value.includes('未核实来源'));
    }
  });

  test('/help says what the bot can do, with example questions', async () => {
    const help = bot.fake.slash('help', {}, { locale: 'en-US' });
    const { data } = await bot.fake.callback(help);
    assert.equal(data.embeds[0].title, 'What PlanBot can do');
    for (const command of ['/ask', '/stats', '/tasks', '/areas', '/sources']) {
      assert.ok(data.embeds[0].description.includes(`**${command}**`));
    }
    assert.equal(data.embeds[0].fields[0].name, 'Try asking:');
    assert.match(data.embeds[0].fields[0].value, /^• /);
  });

  test('every interaction so far was acknowledged well within Discord’s 3 seconds', () => {
    const records = [...bot.fake.interactions.values()];
    assert.ok(records.length >= 10);
    for (const record of records) {
      const ack = bot.fake.requests.find(
        (r) => r.path.startsWith(`/interactions/${record.id}/`) && r.status < 300,
      );
      assert.ok(ack, `interaction ${record.id} (${record.payload.type}) was acknowledged`);
      assert.ok(ack.at - record.dispatchedAt < 1500, `acknowledged after ${ack.at - record.dispatchedAt} ms`);
    }
  });

  test('a command the bot does not know gets a short note only the user sees, and one debug line', async () => {
    const before = bot.events.failures.length;
    const unknown = bot.fake.slash('nonsense', {}, { locale: 'en-US' });
    const { type, data } = await bot.fake.callback(unknown);
    assert.equal(type, 4);
    assert.equal(data.flags, 64, 'ephemeral');
    assert.equal(data.content, 'Sorry, something went wrong. Please try again later.');
    const logged = bot.lines.filter((l) => l.command === 'nonsense');
    assert.deepEqual(
      logged.map((l) => [l.level, l.msg]),
      [[20, 'discord: unknown command']],
    );
    assert.equal(bot.events.failures.length, before, 'not reported as a failure');
  });
});

describe('Discord per-user pace', () => {
  test('past the limit a user gets a note only they see; other users are unaffected', async () => {
    const bot = await startBot({ rateLimit: { messages: 2, perMs: 60_000 } });
    try {
      const { alice, bob } = bot.fake.world.users;
      for (let i = 0; i < 2; i++) {
        const ok = await bot.fake.callback(bot.fake.slash('areas', {}, { user: alice }));
        assert.equal(ok.data.flags, undefined);
      }
      const limited = await bot.fake.callback(bot.fake.slash('areas', {}, { user: alice, locale: 'en-US' }));
      assert.deepEqual(
        { type: limited.type, flags: limited.data.flags, content: limited.data.content },
        { type: 4, flags: 64, content: 'Too many questions at once; please wait a few seconds.' },
      );
      const typed = await bot.fake.callback(
        bot.fake.autocomplete('stats', { topic: '研' }, 'topic', { user: alice }),
      );
      assert.ok(typed.data.choices.length > 0, 'autocomplete is not limited');
      const other = await bot.fake.callback(bot.fake.slash('areas', {}, { user: bob }));
      assert.equal(other.data.embeds[0].fields.length, 9);
    } finally {
      await bot.stop();
    }
  });
});
