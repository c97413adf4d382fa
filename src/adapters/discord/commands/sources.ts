import { answerInteraction } from '../answer-interaction.js';
import { commandBuilder, type SlashCommand } from './command.js';

const name = { en: 'sources', 'zh-CN': '来源', 'zh-TW': '來源' };
const description = {
  en: 'The articles PlanBot knows, with publisher, date and link',
  'zh-CN': 'PlanBot 引用的文章：发布者、日期和链接',
  'zh-TW': 'PlanBot 引用的文章：發布者、日期和連結',
};

/** /sources — the articles the bot knows. */
export const sources: SlashCommand = {
  name: 'sources',
  data: () => commandBuilder(name, description).toJSON(),
  execute: (interaction, ctx) => answerInteraction(interaction, ctx, { command: 'sources', arg: '' }),
};
