import type { Lang, Result, Script, SourceRef, StatResult } from '../../core/types.js';
import { statValueEn, statValueZh, statWhenEn, statWhenZh } from '../../core/text/figures.js';
import { labels } from './labels.js';
import { inScript } from './script.js';

/** A result in words, free of platform markup: adapters escape and format each part. */
export interface ResultWords {
  title: string;
  /** Detail lines; may be empty. */
  body: string;
  /** "来源：测试日报《标题》，2024-06-05"; empty when the result has no source. */
  sourceLine: string;
  url?: string;
}

const REGION = '长三角';

function statTitle(stat: StatResult, lang: Lang): string {
  if (lang === 'en') {
    const scope = stat.scope !== REGION && !stat.metric_en.includes(stat.scope) ? ` (${stat.scope})` : '';
    return `${stat.metric_en}${scope}: ${statValueEn(stat)}${statWhenEn(stat)}`;
  }
  const scope = stat.scope !== REGION && !stat.metric.includes(stat.scope) ? `（${stat.scope}）` : '';
  return `${stat.metric}${scope}：${statValueZh(stat)}${statWhenZh(stat)}`;
}

/** A page we could not trace to its original outlet (or read only in machine translation). */
export function isUnverified(source: SourceRef | undefined): boolean {
  return source?.status === 'unverified' || source?.status === 'mt';
}

/**
 * A statistic's values over time, newest first ("历年：7700公里（2025年1月）← 7100公里（2023年12月）"), when it
 * has a series; empty otherwise. The core writes the chain into the result's text.
 */
export function seriesLine(stat: StatResult, lang: Lang): string {
  if (stat.series === undefined) return '';
  const [, chain = ''] = lang === 'en' ? (stat.en ?? '').split(/: (.*)/s) : stat.text.split(/：(.*)/s);
  return chain.length === 0 ? '' : lang === 'en' ? `Over time: ${chain}` : `历年：${chain}`;
}

/**
 * The line naming where a result comes from, in the asker's script (来源 → 來源 for 'hant'); a source we
 * could not verify says so (「未核实来源」).
 */
export function describeSource(source: SourceRef | undefined, lang: Lang, script?: Script): string {
  if (source === undefined) return '';
  const mark = isUnverified(source) ? (lang === 'en' ? ' (unverified source)' : '（未核实来源）') : '';
  return inScript(
    lang === 'en'
      ? `${labels.en.source}: ${source.publisher}, “${source.title}”, ${source.date}${mark}`
      : `${labels.zh.source}：${source.publisher}《${source.title}》，${source.date}${mark}`,
    script,
  );
}

/**
 * The address a source line links to: none for a page we could not verify, nor for a repost (an outlet's
 * text on a third-party host: most such hosts are mirrors that carry ads and spam).
 */
export function sourceLink(source: SourceRef | undefined): string | undefined {
  return isUnverified(source) || source?.status === 'repost' ? undefined : source?.url;
}

function describeBody(result: Result, lang: Lang): { title: string; body: string } {
  const l = labels[lang];
  switch (result.kind) {
    case 'stat': {
      const chain = seriesLine(result, lang);
      return {
        title: statTitle(result, lang),
        body: [chain, result.quote ?? ''].filter((x) => x).join('\n'),
      };
    }
    case 'task': {
      if (lang === 'en') {
        const area = result.area_name === undefined ? '' : `[${result.area_name}] `;
        return { title: result.en ?? result.text, body: `${area}${result.text}` };
      }
      return { title: result.text, body: result.area_name === undefined ? '' : `领域：${result.area_name}` };
    }
    case 'area': {
      const counts = [
        result.task_count === undefined ? '' : l.tasksStated(result.task_count),
        result.listed === undefined || result.listed === 0 ? '' : l.tasksListed(result.listed),
      ].filter((s) => s.length > 0);
      // "Area 2", not "2.": among other results a bare number reads like the list's own numbering.
      const name =
        lang === 'en'
          ? `Area ${result.order}: ${result.en ?? result.text} (${result.short})`
          : `第${result.order}方面：${result.text}（${result.short}）`;
      return { title: name, body: counts.join(lang === 'en' ? '; ' : '，') };
    }
    case 'document':
    case 'event':
    case 'plan': {
      // One fact about the plan (document, event): the fact first, what it is about under it.
      if (result.fact !== undefined) {
        return lang === 'en'
          ? { title: result.en ?? result.text, body: result.fact.title_en }
          : { title: result.text, body: result.fact.title };
      }
      if (result.kind === 'document') {
        const issued = [result.issuer, result.issued]
          .filter((x) => x !== undefined)
          .join(lang === 'en' ? ', ' : '，');
        return lang === 'en'
          ? { title: result.en ?? result.text, body: issued }
          : { title: result.text, body: issued };
      }
      if (result.kind === 'event') {
        return lang === 'en'
          ? { title: result.en ?? result.text, body: result.theme ?? '' }
          : { title: result.text, body: '' };
      }
      if (lang === 'en') {
        const completion = result.completion_en === undefined ? '' : `; ${result.completion_en}`;
        return { title: result.en ?? result.text, body: `${l.tasksStated(result.task_count)}${completion}` };
      }
      const completion = result.completion === undefined ? '' : `；${result.completion}`;
      return { title: result.text, body: `${l.tasksStated(result.task_count)}${completion}` };
    }
    case 'source': {
      const mark = isUnverified(result.source)
        ? lang === 'en'
          ? ' (unverified source)'
          : '（未核实来源）'
        : '';
      const title = lang === 'en' ? (result.en ?? result.text) : result.text;
      return { title, body: `${result.source.publisher}, ${result.source.date}${mark}` };
    }
    case 'passage':
      return { title: lang === 'en' ? 'From the source' : '原文摘录', body: result.text };
    case 'suggestion':
      return { title: result.text, body: '' };
  }
}

/** Shown when a result has nothing to call it by (never from validated data; renderers need a title). */
const UNTITLED: Record<Lang, Record<Result['kind'], string>> = {
  zh: {
    stat: '数据',
    task: '任务',
    passage: '原文摘录',
    area: '领域',
    plan: '行动计划',
    document: '文件',
    event: '会议',
    source: '来源',
    suggestion: '示例问题',
  },
  en: {
    stat: 'Figure',
    task: 'Task',
    passage: 'From the source',
    area: 'Area',
    plan: 'Plan',
    document: 'Document',
    event: 'Meeting',
    source: 'Source',
    suggestion: 'Example',
  },
};

/**
 * Words for one result in the user's language and script (`script` 'hant': traditional characters, see
 * inScript): title (never empty), detail, and the source line.
 */
export function describeResult(result: Result, lang: Lang, script?: Script): ResultWords {
  const described = describeBody(result, lang);
  const title = described.title.trim().length > 0 ? described.title : UNTITLED[lang][result.kind];
  const words: ResultWords = {
    title: inScript(title, script),
    body: inScript(described.body, script),
    sourceLine:
      result.kind === 'source' || result.kind === 'suggestion'
        ? ''
        : describeSource(result.source, lang, script),
  };
  const url = sourceLink(result.source);
  if (url !== undefined) words.url = url;
  return words;
}
