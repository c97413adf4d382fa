import { clip, LIMITS } from '../limits.js';
import { answerInteraction } from '../answer-interaction.js';
import { commandBuilder, localizedOption, type SlashCommand } from './command.js';

const name = { en: 'stats', 'zh-CN': '数据', 'zh-TW': '數據' };
const description = {
  en: 'Statistics: metric, value, date and source',
  'zh-CN': '统计数据：指标、数值、时间和来源',
  'zh-TW': '統計數據：指標、數值、時間和來源',
};
const topic = { en: 'topic', 'zh-CN': '主题', 'zh-TW': '主題' };
const topicDescription = {
  en: 'What the figures are about, e.g. R&D (leave empty for the headline figures)',
  'zh-CN': '想看哪方面的数据，例如：研发（不填则显示主要数据）',
  'zh-TW': '想看哪方面的數據，例如：研發（不填則顯示主要數據）',
};

/** /stats topic: — statistics cards; the topic is autocompleted from the statistics themselves. */
export const stats: SlashCommand = {
  name: 'stats',
  data: () =>
    commandBuilder(name, description)
      .addStringOption((o) =>
        localizedOption(o, topic, topicDescription)
          .setRequired(false)
          .setMaxLength(100)
          .setAutocomplete(true),
      )
      .toJSON(),
  execute: (interaction, ctx) =>
    answerInteraction(interaction, ctx, {
      command: 'stats',
      arg: interaction.options.getString('topic') ?? '',
    }),
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    const choices = ctx.planbot
      .completeStatTopic(typed, LIMITS.choices)
      .slice(0, LIMITS.choices)
      .map((c) => ({ name: clip(c.name, LIMITS.choiceName), value: clip(c.value, LIMITS.choiceValue) }));
    await interaction.respond(choices);
    return choices.length;
  },
};
