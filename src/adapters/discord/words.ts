import type { CommandName, Lang } from '../../core/types.js';
import { labels, type Labels } from '../shared/labels.js';

/**
 * Every word the Discord adapter shows, in both answer languages: `shared`, the label set every
 * platform reads (errors, apology, paging words, example heading), plus what only Discord shows.
 */
export interface Words {
  shared: Labels;
  titles: Record<Exclude<CommandName, 'ask'>, string>;
  question: (q: string) => string;
  topic: (t: string) => string;
  /** "来源：" / "Source: " before a footer's source line. */
  sourcePrefix: string;
  /** After the source of a page we could not verify. */
  unverified: string;
  page: (from: number, to: number, total: number) => string;
  notYours: string;
  expired: string;
  unknownButton: string;
  helpIntro: string;
}

const zh: Words = {
  shared: labels.zh,
  titles: {
    stats: '统计数据',
    tasks: '重点任务',
    areas: '第三轮三年行动计划（2024—2026年）的九个方面',
    sources: '资料来源',
    help: 'PlanBot 能做什么',
  },
  question: (q) => `问：${q}`,
  topic: (t) => `主题：${t}`,
  sourcePrefix: `${labels.zh.source}：`,
  unverified: '未核实来源',
  page: labels.zh.pageRange,
  notYours: '只有提问的人可以翻页。你可以自己用 /ask 提问。',
  expired: '这些按钮已过期，请重新提问。',
  unknownButton: '这个按钮已失效，请重新提问。',
  helpIntro: '我回答关于长三角一体化发展三年行动计划的问题，每个回答都注明出处。',
};

const en: Words = {
  shared: labels.en,
  titles: {
    stats: 'Statistics',
    tasks: 'Key tasks',
    areas: 'The 9 areas of the 2024–2026 plan',
    sources: 'Sources',
    help: 'What PlanBot can do',
  },
  question: (q) => `Q: ${q}`,
  topic: (t) => `Topic: ${t}`,
  sourcePrefix: `${labels.en.source}: `,
  unverified: 'unverified source',
  page: (from, to, total) => `Results ${labels.en.pageRange(from, to, total)}`,
  notYours: 'Only the person who asked can turn these pages. Ask with /ask yourself.',
  expired: 'These buttons have expired. Please ask again.',
  unknownButton: 'This button no longer works. Please ask again.',
  helpIntro:
    'I answer questions about the Yangtze River Delta integration three-year action plans, with sources.',
};

export function wordsFor(lang: Lang): Words {
  return lang === 'en' ? en : zh;
}
