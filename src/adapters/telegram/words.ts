import type { Lang } from '../../core/types.js';
import { labels } from '../shared/labels.js';

/**
 * What only the Telegram bot says (headings, button notices, inline mode, the /start menu entry), in
 * plain text; everything shared with the other platforms is in `../shared/labels.ts`.
 */
export interface TelegramWords {
  staleButton: string;
  /** Another user pressed someone's "more". */
  notYours: string;
  tasksOf: (area: string) => string;
  areasTitle: string;
  headlineTitle: string;
  sourcesTitle: string;
  statsTitle: (topic: string) => string;
  inlineHint: string;
  inlineNothing: (query: string) => string;
  commands: Record<'start' | 'help' | 'ask' | 'stats' | 'tasks' | 'areas' | 'sources', string>;
}

const zh: TelegramWords = {
  staleButton: '这个按钮已过期，请重新提问。',
  notYours: '只有提问的人可以翻页。你也可以自己提问。',
  tasksOf: (area) => `${area}：重点任务`,
  areasTitle: '2024—2026年行动计划的九个领域',
  headlineTitle: '主要数据',
  sourcesTitle: '资料来源',
  statsTitle: (topic) => `“${topic}”相关数据`,
  inlineHint: '输入问题，例如：第三轮计划有多少项重点任务？',
  inlineNothing: (query) => `没有找到“${query}”，点此打开对话`,
  commands: { start: '开始，附示例问题', ...labels.zh.commands },
};

const en: TelegramWords = {
  staleButton: 'This button has expired. Please ask again.',
  notYours: 'Only the person who asked can turn these pages. You can ask the question yourself.',
  tasksOf: (area) => `${area}: key tasks`,
  areasTitle: 'The 9 areas of the 2024—2026 plan',
  headlineTitle: 'Headline figures',
  sourcesTitle: 'Sources',
  statsTitle: (topic) => `Figures on “${topic}”`,
  inlineHint: 'Type a question, e.g. How many key tasks does the 2024—2026 plan have?',
  inlineNothing: (query) => `Nothing found for “${query}”; open the chat`,
  commands: { start: 'Start, with example questions', ...labels.en.commands },
};

/** The Telegram-only words in `lang`. */
export function wordsFor(lang: Lang): TelegramWords {
  return lang === 'en' ? en : zh;
}
