import { answerInteraction } from '../answer-interaction.js';
import { commandBuilder, localizedOption, withPlanWords, type SlashCommand } from './command.js';

const name = { en: 'ask', 'zh-CN': '提问', 'zh-TW': '提問' };
const description = {
  en: 'Ask about the Yangtze River Delta integration plans',
  'zh-CN': '提一个关于长三角一体化三年行动计划的问题',
  'zh-TW': '提一個關於長三角一體化三年行動計劃的問題',
};
const question = { en: 'question', 'zh-CN': '问题', 'zh-TW': '問題' };
const questionDescription = {
  en: 'Your question, e.g. How many key tasks does the {newest} plan have?',
  'zh-CN': '你的问题，例如：{round}计划有多少项重点任务？',
  'zh-TW': '你的問題，例如：{round}計劃有多少項重點任務？',
};

/** /ask question: — the best answers with their sources, a figure first when one is asked for. */
export const ask: SlashCommand = {
  name: 'ask',
  data: (knowledge) =>
    commandBuilder(name, description)
      .addStringOption((o) =>
        localizedOption(o, question, withPlanWords(questionDescription, knowledge))
          .setRequired(true)
          .setMaxLength(500),
      )
      .toJSON(),
  execute: (interaction, ctx) =>
    answerInteraction(interaction, ctx, {
      command: 'ask',
      arg: interaction.options.getString('question', true),
    }),
};
