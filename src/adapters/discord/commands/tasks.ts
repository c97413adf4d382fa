import type { Area } from '../../../core/data/schema.js';
import { PAGE_SIZE } from '../../shared/paged.js';
import { clip, LIMITS } from '../limits.js';
import { answerInteraction } from '../answer-interaction.js';
import { inScript } from '../../shared/script.js';
import { commandBuilder, localizedOption, withPlanWords, type SlashCommand } from './command.js';

const name = { en: 'tasks', 'zh-CN': '任务', 'zh-TW': '任務' };
const description = {
  en: 'The key tasks of one of the {areas} areas (no area: the areas with their task counts)',
  'zh-CN': '某个方面的重点任务（不选则列出{areasZh}个方面及任务数）',
  'zh-TW': '某個方面的重點任務（不選則列出{areasZh}個方面及任務數）',
};
const area = { en: 'area', 'zh-CN': '方面', 'zh-TW': '方面' };
const areaDescription = {
  en: 'One of the {areas} areas of the {newest} plan',
  'zh-CN': '{newest} 年计划的{areasZh}个方面之一',
  'zh-TW': '{newest} 年計劃的{areasZh}個方面之一',
};

/** The newest plan's areas as choices: the English name by default, the Chinese short name for Chinese clients. */
export function areaChoices(areas: Area[]) {
  return [...areas]
    .sort((a, b) => a.order - b.order)
    .slice(0, LIMITS.choices)
    .map((a) => ({
      name: clip(a.en, LIMITS.choiceName),
      name_localizations: {
        'zh-CN': clip(a.short, LIMITS.choiceName),
        'zh-TW': clip(inScript(a.short, 'hant'), LIMITS.choiceName),
      },
      value: a.id,
    }));
}

/** /tasks area: — the tasks of one area, or the areas with their task counts. */
export const tasks: SlashCommand = {
  name: 'tasks',
  data: (knowledge) =>
    commandBuilder(name, withPlanWords(description, knowledge))
      .addStringOption((o) =>
        localizedOption(o, area, withPlanWords(areaDescription, knowledge))
          .setRequired(false)
          .addChoices(...areaChoices(knowledge.areas)),
      )
      .toJSON(),
  execute(interaction, ctx) {
    const arg = interaction.options.getString('area') ?? '';
    // Without an area the answer is the list of areas, on one page.
    return answerInteraction(interaction, ctx, {
      command: 'tasks',
      arg,
      ...(arg ? {} : { limit: PAGE_SIZE.discord.areas }),
    });
  },
};
