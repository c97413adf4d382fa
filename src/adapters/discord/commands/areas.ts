import { answerInteraction } from '../answer-interaction.js';
import { commandBuilder, withPlanWords, type SlashCommand } from './command.js';

const name = { en: 'areas', 'zh-CN': '方面', 'zh-TW': '方面' };
const description = {
  en: 'The {areas} areas of the {newest} plan',
  'zh-CN': '{newest} 年计划的{areasZh}个方面',
  'zh-TW': '{newest} 年計劃的{areasZh}個方面',
};

/** /areas — the areas of the newest plan. */
export const areas: SlashCommand = {
  name: 'areas',
  data: (knowledge) => commandBuilder(name, withPlanWords(description, knowledge)).toJSON(),
  execute: (interaction, ctx) => answerInteraction(interaction, ctx, { command: 'areas', arg: '' }),
};
