import type { FactFacet } from '../data/plan-facts.js';
import { readQuestion } from '../text/fold.js';

/** Words that ask when (几时, 边年 in Cantonese), matched against the folded question. */
export const ASKS_WHEN =
  /(什么|啥)时候|何时|几时|[哪边](一)?(天|年|月|日)|几月|几号|具体(?:日期|哪天)|\bwhen\b|\bwhat (date|day|year|month)\b|\b(?:exact|specific) (?:date|day)\b/;

// Matched against the folded (lower-case, simplified) question.
const ASKED: [FactFacet, RegExp][] = [
  ['when', new RegExp(`${ASKS_WHEN.source}|日期|时间`)],
  [
    'where',
    /哪里|哪儿|在哪(?![一个些啲几两二三四五六七八九十\d]*(?:方面|领域|层面|环节|阶段))|何地|地点|哪(次|个|场)会|什么会|\bwhere\b|\bwhich (meeting|city|place)\b|\bwhat meeting\b/,
  ],
  // 顾军是什么职务: the role a person holds, which a fact naming them with it states.
  [
    'role',
    /职务|职位|身份|头衔|什么官|[做干](?:什么|啥|咩|乜)的|做咩|系乜|\bwhat (is|was) (his|her|their) (title|position|role|job)\b|\b(job title|position|official title)\b/,
  ],
  ['who', /谁|边个|边位|哪(个|家)?(部门|单位|机构)|由哪|\bwho\b|\bwhich (body|office|department|agency)\b/],
  [
    'outcome',
    /完成得|完成情况|成效|效果|怎么样|如何了|\bhow (did|well)\b|\b(results?|outcomes?|achieve\w*)\b/,
  ],
  ['how', /怎么|如何|怎样|什么方式|\bhow (is|are|was|were|will|do|does)\b|\bin what way\b/],
];

/** The facet a question asks for, if its wording asks for one (first match wins: 怎么样 is an outcome). */
export function askedFacet(question: string): FactFacet | undefined {
  // 边个自贸试验区 asks which one (哪个), 边个 alone who.
  const text = readQuestion(question);
  return ASKED.find(([, pattern]) => pattern.test(text))?.[0];
}
