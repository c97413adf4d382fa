import type { AnswerError, Lang, Script } from '../../core/types.js';
import { inScript } from './script.js';

/** Every fixed message an adapter shows, in plain text (no platform markup), per language. */
export interface Labels {
  errors: Record<AnswerError, string>;
  /** Shown when a handler failed: short and friendly; the real error goes to the log. */
  apology: string;
  more: string;
  previous: string;
  /** Prefix of the line naming a result's source. */
  source: string;
  /** Heading above example questions. */
  tryAsking: string;
  welcome: string;
  /** What the bot does, the commands with example arguments, and example questions. */
  help: string;
  /** One line per command, for menus (Telegram setMyCommands, Discord descriptions). */
  commands: Record<'ask' | 'stats' | 'tasks' | 'areas' | 'sources' | 'help', string>;
  target: string;
  tasksStated: (count: number) => string;
  tasksListed: (count: number) => string;
  /** "3–5 of 12". */
  pageRange: (from: number, to: number, total: number) => string;
}

const zh: Labels = {
  errors: {
    empty: '请输入一个问题，例如“第三轮三年行动计划有多少项重点任务？”',
    'too-long': '问题太长，只按前500个字回答。',
    'no-match': '资料里没有找到能回答这个问题的内容。可以换个问法，或试试下面的问题：',
    'no-exact': '资料里没有与问题完全相符的记录。以下只是最接近的，并非答案：',
    'unknown-area': '没有这个领域。2024—2026年行动计划的领域有：',
    'unknown-command': '没有这个命令。可用的命令：/ask /stats /tasks /areas /sources /help',
    'rate-limited': '提问太快了，请稍等几秒再试。',
  },
  apology: '抱歉，出了点问题，请稍后再试。',
  more: '更多',
  previous: '上一页',
  source: '来源',
  tryAsking: '可以这样问：',
  welcome:
    '你好！我是 PlanBot，回答关于长三角一体化发展三年行动计划的问题，每个回答都注明出处。发送 /help 查看用法。',
  help: [
    'PlanBot 回答关于长三角一体化发展三年行动计划（2018—2020、2021—2023、2024—2026）的问题，每个回答都注明出处。',
    '',
    '/ask 问题 — 提问，例如：/ask 长三角研发投入强度是多少？',
    '/stats 主题 — 统计数据，例如：/stats 研发；不带主题时显示主要数据',
    '/tasks 领域 — 某领域的重点任务，例如：/tasks 生态；不带领域时列出各领域及任务数',
    '/areas — 2024—2026年行动计划的领域',
    '/sources — 资料来源文章',
    '/help — 本说明',
    '',
    '也可以直接发送问题，例如：第三轮三年行动计划有多少项重点任务？',
  ].join('\n'),
  commands: {
    ask: '提问（例如：长三角研发投入强度是多少？）',
    stats: '统计数据，可按主题查',
    tasks: '某领域的重点任务',
    areas: '2024—2026年行动计划的领域',
    sources: '资料来源',
    help: '用法和示例问题',
  },
  target: '目标',
  tasksStated: (n) => `重点任务${n}项`,
  tasksListed: (n) => `收录${n}项`,
  pageRange: (from, to, total) => `第${from}–${to}条，共${total}条`,
};

const en: Labels = {
  errors: {
    empty: 'Please type a question, e.g. "How many key tasks does the 2024—2026 plan have?"',
    'too-long': 'That question is long; only its first 500 characters were read.',
    'no-match': 'Nothing in the sources answers that. Try rephrasing, or one of these:',
    'no-exact':
      'The sources have nothing that matches the question exactly. The nearest records, not an answer:',
    'unknown-area': 'There is no such area. The areas of the 2024—2026 plan are:',
    'unknown-command': 'Unknown command. Commands: /ask /stats /tasks /areas /sources /help',
    'rate-limited': 'Too many questions at once; please wait a few seconds.',
  },
  apology: 'Sorry, something went wrong. Please try again later.',
  more: 'More',
  previous: 'Previous',
  source: 'Source',
  tryAsking: 'Try asking:',
  welcome:
    'Hello! I am PlanBot. I answer questions about the Yangtze River Delta integration three-year action plans, with sources. Send /help to see how.',
  help: [
    'PlanBot answers questions about the Yangtze River Delta (长三角) integration three-year action plans (2018—2020, 2021—2023, 2024—2026), citing its sources.',
    '',
    '/ask question — ask anything, e.g. /ask What is the R&D intensity of the YRD?',
    '/stats topic — statistics, e.g. /stats R&D; with no topic, the headline figures',
    '/tasks area — the key tasks of an area, e.g. /tasks ecology; with no area, the areas and their task counts',
    '/areas — the areas of the 2024—2026 plan',
    '/sources — the source articles',
    '/help — this message',
    '',
    'Or just send a question, e.g. How many key tasks does the 2024—2026 plan have?',
  ].join('\n'),
  commands: {
    ask: 'Ask a question (e.g. What is the R&D intensity of the YRD?)',
    stats: 'Statistics, by topic',
    tasks: 'Key tasks of an area',
    areas: 'Areas of the 2024—2026 plan',
    sources: 'Source articles',
    help: 'How to use PlanBot, with example questions',
  },
  target: 'target',
  tasksStated: (n) => `${n} key tasks`,
  tasksListed: (n) => `${n} listed`,
  pageRange: (from, to, total) => `${from}–${to} of ${total}`,
};

/** Messages per language. */
export const labels: Record<Lang, Labels> = { zh, en };

let traditional: Labels | undefined;

function labelsInTraditional(): Labels {
  const t = (text: string): string => inScript(text, 'hant');
  const all = <K extends string>(record: Record<K, string>): Record<K, string> =>
    Object.fromEntries(Object.entries<string>(record).map(([k, v]) => [k, t(v)])) as Record<K, string>;
  return {
    errors: all(zh.errors),
    apology: t(zh.apology),
    more: t(zh.more),
    previous: t(zh.previous),
    source: t(zh.source),
    tryAsking: t(zh.tryAsking),
    welcome: t(zh.welcome),
    help: t(zh.help),
    commands: all(zh.commands),
    target: t(zh.target),
    tasksStated: (n) => t(zh.tasksStated(n)),
    tasksListed: (n) => t(zh.tasksListed(n)),
    pageRange: (from, to, total) => t(zh.pageRange(from, to, total)),
  };
}

/** Messages in the user's language and script: the Chinese ones in traditional characters for 'hant'. */
export function labelsIn(lang: Lang, script: Script | undefined): Labels {
  if (lang === 'en' || script !== 'hant') return labels[lang];
  traditional ??= labelsInTraditional();
  return traditional;
}
