import type { Stat } from '../data/schema.js';
import { dateEn, dateZh } from './dates.js';

/*
 * A figure and its date in words, in either language. The core writes a stat result's text with them, and
 * adapters that lay a figure out themselves (a Discord card's title, a one-line description) use the same.
 */

const QUALIFIER_ZH = { over: '超', about: '约' } as const;
const QUALIFIER_EN = { over: 'over ', about: 'about ', 'at-least': 'at least ' } as const;

type Figure = Pick<Stat, 'value' | 'unit' | 'qualifier'>;

/** A figure as a Chinese sentence part: 超170项, 3.34%, 90%以上, 第5位. */
export function statValueZh(stat: Figure): string {
  const { value, unit, qualifier } = stat;
  if (unit === '位' || unit === '届') return `第${value}${unit}`;
  if (qualifier === 'at-least') return `${value}${unit}以上`;
  return `${qualifier ? QUALIFIER_ZH[qualifier] : ''}${value}${unit}`;
}

/** A figure that is itself a calendar year (2018年), not a number of years. */
function isCalendarYear(stat: Figure): boolean {
  return stat.unit === '年' && Number.isInteger(stat.value) && stat.value >= 1900 && stat.value <= 2100;
}

/** The figure is the date it describes (a year stated as the value): no second date after it. */
function namesItsDate(stat: Pick<Stat, 'as_of' | 'value' | 'unit'>): boolean {
  return isCalendarYear(stat) && stat.as_of.startsWith(String(stat.value));
}

/** A figure in English: over 170, 3.34%, No. 5, 1.7亿元 → 170 million yuan. */
export function statValueEn(stat: Figure): string {
  const { value, unit, qualifier } = stat;
  if (unit === '位') return `No. ${value}`;
  if (isCalendarYear(stat)) return `${value}`;
  if (unit === '届') return ordinal(value);
  const prefix = qualifier ? QUALIFIER_EN[qualifier] : '';
  const scale = /^(万亿|亿|万)(.+)$/.exec(unit);
  if (scale && UNIT_EN[scale[2]!] !== undefined) {
    const multiplier = { 万亿: 1e12, 亿: 1e8, 万: 1e4 }[scale[1] as '万亿' | '亿' | '万'];
    return `${prefix}${largeNumberEn(value * multiplier)}${unitEn(scale[2]!)}`;
  }
  return `${prefix}${value >= 10000 ? largeNumberEn(value) : value}${unitEn(unit)}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** 170000000 → "170 million"; 46441 → "46,441". */
function largeNumberEn(n: number): string {
  const round = (x: number): string => String(Math.round(x * 100) / 100);
  if (n >= 1e12) return `${round(n / 1e12)} trillion`;
  if (n >= 1e9) return `${round(n / 1e9)} billion`;
  if (n >= 1e6) return `${round(n / 1e6)} million`;
  return Math.round(n).toLocaleString('en-US');
}

const UNIT_EN: Record<string, string> = {
  '%': '%',
  个: '',
  项: '',
  家: '',
  条: '',
  批: ' batches',
  次: ' times',
  个百分点: ' percentage points',
  元: ' yuan',
  人: ' people',
  人次: ' person-times',
  公里: ' km',
  千米: ' km',
  平方公里: ' km²',
  辆: ' vehicles',
  台: ' units',
  '台(套)': ' units',
  台套: ' units',
  倍: ' times',
  年: ' years',
  天: ' days',
};

/** A data unit in English with its leading space: 公里 → " km", 项 → "". */
export function unitEn(unit: string): string {
  return UNIT_EN[unit] ?? (unit.length > 0 ? ` ${unit}` : '');
}

/** "（2024年7月）", "（目标，2025年）"; only the target mark when the metric already names its date. */
export function statWhenZh(stat: Pick<Stat, 'metric' | 'as_of' | 'target' | 'value' | 'unit'>): string {
  const date = stat.metric.includes(stat.as_of.slice(0, 4)) || namesItsDate(stat) ? '' : dateZh(stat.as_of);
  const parts = [stat.target ? '目标' : '', date].filter((p) => p.length > 0);
  return parts.length === 0 ? '' : `（${parts.join('，')}）`;
}

/** " (Jul 2024)", " (target for 2025)"; nothing when the metric already names its date. */
export function statWhenEn(stat: Pick<Stat, 'metric_en' | 'as_of' | 'target' | 'value' | 'unit'>): string {
  const date =
    stat.metric_en.includes(stat.as_of.slice(0, 4)) || namesItsDate(stat) ? '' : dateEn(stat.as_of);
  if (stat.target) return date.length === 0 ? ' (target)' : ` (target for ${date})`;
  return date.length === 0 ? '' : ` (${date})`;
}
