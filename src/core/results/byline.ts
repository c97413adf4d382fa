import { pinyin } from 'pinyin-pro';
import type { Records } from '../data/records.js';
import type { Source } from '../data/schema.js';
import type { SourceResult } from '../types.js';
import { sourceResult } from './from-records.js';

// "新民晚报那篇是哪个记者写的", "who wrote the xinmin evening news story": the byline of a source.
const ASKS_BYLINE =
  /谁写的|(?:边个|边位|哪位)写|哪个记者|哪位记者|边个记者|记者(?:是|系)?(?:谁|边个|边位|哪位|叫什么|叫啥)|作者|署名|\b(who wrote|who reported|author|authored|reporter|byline|written by)\b/;

/** A name in pinyin as English writes it: 毛丽君 → Mao Lijun. */
export function nameInPinyin(name: string): string {
  const [family = '', ...given] = pinyin(name, { toneType: 'none', type: 'array' });
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return given.length === 0 ? cap(family) : `${cap(family)} ${cap(given.join(''))}`;
}

// "中国网那篇的责任编辑是谁", "who edited the china.com.cn piece": the editor a page credits.
const ASKS_EDITOR = /责任编辑|编辑(?:是|系)?(?:谁|边个|边位|哪位|叫什么|叫啥)|\b(?:editor|edited)\b/;

/**
 * The source whose byline (or editor) is asked for: the one with one whose publisher the
 * (glossary-rewritten) question names.
 */
function namedSource(records: Records, prepared: string, credit: 'author' | 'editor'): Source | undefined {
  const credited = [...records.sources.values()].filter((s) => s[credit] !== undefined);
  const named = credited.filter((s) => prepared.includes(s.publisher.toLowerCase()));
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  // "2022年那篇新闻的责任编辑": no outlet named, but the one credited article of that year.
  const years = prepared.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [];
  const ofYear = credited.filter((s) => years.some((y) => s.date.startsWith(y) || s.title.includes(y)));
  return years.length > 0 && ofYear.length === 1 ? ofYear[0] : undefined;
}

/**
 * The answer to "who wrote…" (or "who edited…"): the source with its author (or editor), in Chinese
 * and in pinyin; else undefined.
 * `prepare` gives the question glossary-rewritten (xinmin evening news → 新民晚报).
 */
export function bylineResult(
  records: Records,
  folded: string,
  prepare: () => string,
): SourceResult | undefined {
  if (ASKS_EDITOR.test(folded)) {
    const edited = namedSource(records, prepare(), 'editor');
    if (edited?.editor === undefined) return undefined;
    return {
      ...sourceResult(edited, 1),
      text: `${edited.publisher}《${edited.title}》责任编辑：${edited.editor}`,
      en: `${edited.publisher} article edited by ${nameInPinyin(edited.editor)}`,
    };
  }
  if (!ASKS_BYLINE.test(folded)) return undefined;
  const source = namedSource(records, prepare(), 'author');
  if (source?.author === undefined) return undefined;
  const authors = source.author.split('、');
  return {
    ...sourceResult(source, 1),
    text: `${source.publisher}《${source.title}》作者：${source.author}`,
    en: `${source.publisher} article by ${authors.map(nameInPinyin).join(' and ')}`,
  };
}
