import { answerInteraction } from '../answer-interaction.js';
import { commandBuilder, type SlashCommand } from './command.js';

const name = { en: 'help', 'zh-CN': '帮助', 'zh-TW': '幫助' };
const description = {
  en: 'What PlanBot can do, with example questions',
  'zh-CN': 'PlanBot 能做什么，附示例问题',
  'zh-TW': 'PlanBot 能做什麼，附示例問題',
};

/** /help — what the bot can do, with example questions. */
export const help: SlashCommand = {
  name: 'help',
  data: () => commandBuilder(name, description).toJSON(),
  execute: (interaction, ctx) => answerInteraction(interaction, ctx, { command: 'help', arg: '' }),
};
