import { answerInteraction } from '../answer-interaction.js';
import { commandBuilder, type SlashCommand } from './command.js';

const name = { en: 'areas', 'zh-CN': '方面', 'zh-TW': '方面' };
const description = {
  en: 'The 9 areas of the 2024–2026 plan',
  'zh-CN': '2024—2026 年计划的九个方面',
  'zh-TW': '2024—2026 年計劃的九個方面',
};

/** /areas — the 9 areas of the 2024—2026 plan. */
export const areas: SlashCommand = {
  name: 'areas',
  data: () => commandBuilder(name, description).toJSON(),
  execute: (interaction, ctx) => answerInteraction(interaction, ctx, { command: 'areas', arg: '' }),
};
