import type { AnswerError, CommandName, Lang, StatResult } from '../../core/answer.js';

/** Every word the Discord adapter shows, in both answer languages. */
export interface Words {
  titles: Record<Exclude<CommandName, 'ask'>, string>;
  question: (q: string) => string;
  topic: (t: string) => string;
  source: string;
  /** "来源：" / "Source: " before a footer's source line. */
  sourcePrefix: string;
  target: string;
  keyTasks: (n: number) => string;
  listedTasks: (n: number) => string;
  page: (from: number, to: number, total: number) => string;
  previous: string;
  more: string;
  noMatch: string;
  tryThese: string;
  errors: Record<Exclude<AnswerError, 'no-match'>, string>;
  apology: string;
  notYours: string;
  expired: string;
  unknownButton: string;
  helpIntro: string;
  helpCommands: [string, string][];
  examples: string;
  qualifier: (q: StatResult['qualifier'], figure: string) => string;
}

const zh: Words = {
  titles: {
    stats: '统计数据',
    tasks: '重点任务',
    areas: '第三轮三年行动计划（2024—2026年）的九个方面',
    sources: '资料来源',
    help: 'PlanBot 能做什么',
  },
  question: (q) => `问：${q}`,
  topic: (t) => `主题：${t}`,
  source: '来源',
  sourcePrefix: '来源：',
  target: '目标',
  keyTasks: (n) => `${n} 项重点任务`,
  listedTasks: (n) => `已收录 ${n} 项`,
  page: (from, to, total) => `第 ${from}–${to} 条，共 ${total} 条`,
  previous: '上一页',
  more: '更多',
  noMatch: '资料里没有找到这个问题的答案。',
  tryThese: '可以试试这样问：',
  errors: {
    empty: '请写下你的问题，例如：第三轮计划有多少项重点任务？',
    'too-long': '问题太长，只用了前 500 个字。',
    'unknown-area': '没有这个方面。九个方面是：',
    'unknown-command': '没有这个命令。用 /help 看看能做什么。',
    'rate-limited': '问得太快了，请稍等片刻再试。',
  },
  apology: '抱歉，出了点问题，请稍后再试。',
  notYours: '只有提问的人可以翻页。你可以自己用 /ask 提问。',
  expired: '这些按钮已过期，请重新提问。',
  unknownButton: '这个按钮已失效，请重新提问。',
  helpIntro: '我回答关于长三角一体化发展三年行动计划的问题，每个答案都注明来源。',
  helpCommands: [
    ['/ask', '提一个问题'],
    ['/stats', '统计数据（可按主题）'],
    ['/tasks', '某个方面的重点任务'],
    ['/areas', '2024—2026 年计划的九个方面'],
    ['/sources', '我引用的文章'],
  ],
  examples: '例如',
  qualifier: (q, figure) =>
    q === 'over'
      ? `超${figure}`
      : q === 'about'
        ? `约${figure}`
        : q === 'at-least'
          ? `${figure}以上`
          : figure,
};

const en: Words = {
  titles: {
    stats: 'Statistics',
    tasks: 'Key tasks',
    areas: 'The 9 areas of the 2024–2026 plan',
    sources: 'Sources',
    help: 'What PlanBot can do',
  },
  question: (q) => `Q: ${q}`,
  topic: (t) => `Topic: ${t}`,
  source: 'Source',
  sourcePrefix: 'Source: ',
  target: 'target',
  keyTasks: (n) => `${n} key tasks`,
  listedTasks: (n) => `${n} listed here`,
  page: (from, to, total) => `Results ${from}–${to} of ${total}`,
  previous: 'Previous',
  more: 'More',
  noMatch: 'Nothing in the sources answers that.',
  tryThese: 'Try asking:',
  errors: {
    empty: 'Please write a question, e.g. How many key tasks does the 2024–2026 plan have?',
    'too-long': 'Your question was long; only its first 500 characters were used.',
    'unknown-area': 'There is no such area. The nine areas are:',
    'unknown-command': 'There is no such command. Try /help.',
    'rate-limited': 'You are asking a little fast; please wait a moment.',
  },
  apology: 'Sorry, something went wrong. Please try again in a moment.',
  notYours: 'Only the person who asked can turn these pages. Ask with /ask yourself.',
  expired: 'These buttons have expired. Please ask again.',
  unknownButton: 'This button no longer works. Please ask again.',
  helpIntro:
    'I answer questions about the Yangtze River Delta integration three-year action plans, with sources.',
  helpCommands: [
    ['/ask', 'ask a question'],
    ['/stats', 'statistics, by topic'],
    ['/tasks', 'the key tasks of an area'],
    ['/areas', 'the 9 areas of the 2024–2026 plan'],
    ['/sources', 'the articles I quote'],
  ],
  examples: 'Examples',
  qualifier: (q, figure) =>
    q === 'over'
      ? `over ${figure}`
      : q === 'about'
        ? `about ${figure}`
        : q === 'at-least'
          ? `at least ${figure}`
          : figure,
};

export function wordsFor(lang: Lang): Words {
  return lang === 'en' ? en : zh;
}
