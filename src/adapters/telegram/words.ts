import type { Lang } from '../../core/answer.js';

/** Everything the Telegram bot says in its own voice, in Chinese and English (plain text, not yet escaped). */
export interface Words {
  welcome: string;
  tryAsking: string;
  helpIntro: string;
  helpCommands: string;
  emptyQuestion: string;
  noMatch: (query: string) => string;
  unknownArea: (query: string) => string;
  unknownCommand: (command: string) => string;
  tooLong: string;
  rateLimited: (seconds: number) => string;
  apology: string;
  staleButton: string;
  more: string;
  pickArea: string;
  range: (from: number, to: number, total: number) => string;
  source: string;
  sources: string;
  tasksOf: (area: string) => string;
  areaTasks: (count: number) => string;
  planTasks: (count: number) => string;
  areasTitle: string;
  headlineTitle: string;
  sourcesTitle: string;
  statsTitle: (topic: string) => string;
  target: string;
  inlineHint: string;
  inlineNothing: (query: string) => string;
  commands: Record<'start' | 'help' | 'ask' | 'stats' | 'tasks' | 'areas' | 'sources', string>;
}

const zh: Words = {
  welcome:
    '你好！我是 PlanBot，回答关于长三角一体化发展三年行动计划的问题：任务数、领域、进展和数据，每条答案都注明来源。',
  tryAsking: '可以直接提问，或点下面的问题试试：',
  helpIntro: '直接发问题即可（群里请 @我 或回复我的消息）。命令：',
  helpCommands:
    '/ask 问题 — 提问\n/stats 主题 — 统计数据\n/tasks 领域 — 某领域的重点任务\n/areas — 2024—2026年计划的九个领域\n/sources — 资料来源\n/help — 帮助',
  emptyQuestion: '请写下你的问题，例如：',
  noMatch: (query) => `没有找到与“${query}”直接相关的内容。可以试试：`,
  unknownArea: (query) => `没有“${query}”这个领域。请选择一个领域：`,
  unknownCommand: (command) => `我不认识 ${command} 这个命令。`,
  tooLong: '问题太长，只按前面一部分回答。',
  rateLimited: (seconds) => `消息太多了，请 ${seconds} 秒后再问。`,
  apology: '抱歉，出了点问题，请稍后再试。',
  staleButton: '这个按钮已过期，请重新提问。',
  more: '更多 ▸',
  pickArea: '选择一个领域查看重点任务：',
  range: (from, to, total) => `第 ${from}–${to} 条，共 ${total} 条`,
  source: '来源',
  sources: '来源',
  tasksOf: (area) => `${area}：重点任务`,
  areaTasks: (count) => `${count} 项任务`,
  planTasks: (count) => `${count} 项重点任务`,
  areasTitle: '2024—2026年行动计划的九个领域',
  headlineTitle: '主要数据',
  sourcesTitle: '资料来源',
  statsTitle: (topic) => `“${topic}”相关数据`,
  target: '目标',
  inlineHint: '输入问题，例如：第三轮计划有多少项重点任务？',
  inlineNothing: (query) => `没有找到“${query}”`,
  commands: {
    start: '开始',
    help: '帮助与示例问题',
    ask: '提问：/ask 问题',
    stats: '统计数据：/stats 主题',
    tasks: '重点任务：/tasks 领域',
    areas: '2024—2026年计划的九个领域',
    sources: '资料来源',
  },
};

const en: Words = {
  welcome:
    "Hi! I'm PlanBot. I answer questions about the Yangtze River Delta integration three-year action plans: tasks, areas, progress and figures, each with its source.",
  tryAsking: 'Just ask, or tap a question below:',
  helpIntro: 'Just send a question (in groups, @mention me or reply to my message). Commands:',
  helpCommands:
    '/ask question — ask a question\n/stats topic — statistics\n/tasks area — the key tasks of an area\n/areas — the 9 areas of the 2024—2026 plan\n/sources — the sources\n/help — this help',
  emptyQuestion: 'Please type a question, for example:',
  noMatch: (query) => `Nothing in my sources answers “${query}”. You could try:`,
  unknownArea: (query) => `“${query}” is not one of the areas. Pick one:`,
  unknownCommand: (command) => `I don't know the command ${command}.`,
  tooLong: 'Your message was long; I answered its beginning.',
  rateLimited: (seconds) => `That's a lot of messages. Please ask again in ${seconds} s.`,
  apology: 'Sorry, something went wrong. Please try again later.',
  staleButton: 'This button has expired. Please ask again.',
  more: 'More ▸',
  pickArea: 'Pick an area to see its key tasks:',
  range: (from, to, total) => `${from}–${to} of ${total}`,
  source: 'Source',
  sources: 'Sources',
  tasksOf: (area) => `${area}: key tasks`,
  areaTasks: (count) => `${count} tasks`,
  planTasks: (count) => `${count} key tasks`,
  areasTitle: 'The 9 areas of the 2024—2026 plan',
  headlineTitle: 'Headline figures',
  sourcesTitle: 'Sources',
  statsTitle: (topic) => `Figures on “${topic}”`,
  target: 'target',
  inlineHint: 'Type a question, e.g. How many key tasks does the 2024—2026 plan have?',
  inlineNothing: (query) => `Nothing found for “${query}”`,
  commands: {
    start: 'Start',
    help: 'Help and example questions',
    ask: 'Ask: /ask question',
    stats: 'Statistics: /stats topic',
    tasks: 'Key tasks: /tasks area',
    areas: 'The 9 areas of the 2024—2026 plan',
    sources: 'Sources',
  },
};

/** The bot's words in `lang`. */
export function wordsFor(lang: Lang): Words {
  return lang === 'en' ? en : zh;
}
