import {
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandStringOption,
} from 'discord.js';
import type { CommandName } from '../../../core/types.js';
import type { Knowledge } from '../../../core/data/schema.js';
import { planWordsOf } from '../../../core/planbot.js';
import { fillPlanWords } from '../../shared/plan-words.js';
import { inScript } from '../../shared/script.js';
import type { DiscordContext, Outcome } from '../context.js';

/** A slash command: its definition (built from the knowledge, for choices) and its handlers. */
export interface SlashCommand {
  name: CommandName;
  data(knowledge: Knowledge): RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: DiscordContext): Promise<Outcome>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: DiscordContext): Promise<number>;
}

/** Localized names and descriptions: English by default, Simplified and Traditional Chinese. */
export interface Localized {
  en: string;
  'zh-CN': string;
  'zh-TW': string;
}

/** A description with plan placeholders ({newest}, {areas}, {areasZh}, {round}) filled from the data. */
export function withPlanWords(text: Localized, knowledge: Knowledge): Localized {
  const words = planWordsOf(knowledge);
  return {
    en: fillPlanWords(text.en, words, 'en'),
    'zh-CN': fillPlanWords(text['zh-CN'], words),
    'zh-TW': inScript(fillPlanWords(text['zh-TW'], words), 'hant'),
  };
}

export const localizations = (text: Localized): { 'zh-CN': string; 'zh-TW': string } => ({
  'zh-CN': text['zh-CN'],
  'zh-TW': text['zh-TW'],
});

/** A slash command's builder with its name and description in every language. */
export function commandBuilder(name: Localized, description: Localized): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name.en)
    .setNameLocalizations(localizations(name))
    .setDescription(description.en)
    .setDescriptionLocalizations(localizations(description));
}

/** A string option named and described in every language. */
export function localizedOption(
  option: SlashCommandStringOption,
  name: Localized,
  description: Localized,
): SlashCommandStringOption {
  return option
    .setName(name.en)
    .setNameLocalizations(localizations(name))
    .setDescription(description.en)
    .setDescriptionLocalizations(localizations(description));
}
