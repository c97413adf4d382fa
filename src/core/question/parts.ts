// The part of a plan a count question is about: one of its areas ("协同开放方面有多少项任务"), or a part
// the areas do not name (交通领域, "how many were transport related").
import type { Area } from '../data/schema.js';
import type { Records } from '../data/records.js';
import { foldText } from '../text/fold.js';

export const TASK_COUNT = /任务|事项|措施|重点工作|几项|多少项|\btasks?\b|\bitems?\b/;
export const COUNT = /多少|几项|几个|几条|占几|how many|number of/;

/** Latin words joined by one space ("opening-up" and "opening up" alike), for matching English names. */
function latinWords(text: string): string {
  return text.replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Every run of three words of an English name: "high level coordinated" names the opening-up area. */
function threeWordRuns(words: string): string[] {
  const list = words.split(' ');
  return list.slice(0, -2).map((_, i) => list.slice(i, i + 3).join(' '));
}

const NAME_PART = 4;
// The verbs an area's name starts with (积极探索建设, 加快完善…) and the region's name, common to all.
const NAME_FRAME =
  /^(?:积极|加快|加强|切实|有力|着力|协同|推进|探索|建设|完善|提升|拓展)+|长三角|长江三角洲|一体化/g;

/** The runs of four characters of an area's name, its verbs and the region's name aside. */
function nameParts(name: string): string[] {
  const core = Array.from(foldText(name).replace(NAME_FRAME, '|'));
  const parts: string[] = [];
  for (let i = 0; i + NAME_PART <= core.length; i++) {
    const part = core.slice(i, i + NAME_PART).join('');
    if (!part.includes('|')) parts.push(part);
  }
  return parts;
}

function sharedPart(records: Records, area: Area, part: string): boolean {
  return records.currentAreas.some((other) => other !== area && foldText(other.name).includes(part));
}

/** The area a task-count question names by its short name or full name ("协同开放方面有多少项任务"). */
export function countedArea(records: Records, folded: string): Area | undefined {
  if (!TASK_COUNT.test(folded) || !COUNT.test(folded)) return undefined;
  const words = latinWords(folded);
  const named = records.currentAreas.filter(
    (a) =>
      [a.short, a.name].some((name) => folded.includes(foldText(name))) ||
      (words.length > 0 &&
        threeWordRuns(latinWords(foldText(a.en))).some((run) => ` ${words} `.includes(` ${run} `))),
  );
  if (named.length === 0) {
    // "「中华民族现代文明」那方面": four characters of an area's name that no other area's name has.
    const byPart = records.currentAreas.filter((a) =>
      nameParts(a.name).some((part) => folded.includes(part) && !sharedPart(records, a, part)),
    );
    if (byPart.length === 1) return byPart[0];
  }
  if (named.length > 0 || words.length === 0) return named.length === 1 ? named[0] : undefined;
  // "the 'Chinese modern civilization' area": an English keyword of one area only, as a whole word.
  const byKeyword = records.currentAreas.filter((a) =>
    a.keywords.some(
      (k) => /^[a-z][a-z -]{5,}$/i.test(k) && ` ${words} `.includes(` ${latinWords(foldText(k))} `),
    ),
  );
  return byKeyword.length === 1 ? byKeyword[0] : undefined;
}

// "交通领域", "生态方面": a part of a plan, named before 领域/方面/板块.
const PART = /(\p{Script=Han}{2,4}?)(?:领域|方面|板块)/u;
// "how many of the 320 tasks were about public services": the part after the task word.
const ENGLISH_PART =
  /\btasks?\b[^?.,;]*?\b(?:about|under|on|for|in|concerning|covering|related to|dealing with|deals? with|involv(?:e|es|ing)|relates? to|devoted to|(?:assign(?:ed|s)?|allocated|dedicated|given|went|go|going) to)\s+(?:the\s+)?([a-z][a-z0-9 -]{2,50}?)(?:\s+specifically|\s+alone|\s+only)?\s*(?:[?.,;]|$)/;
// "106项事项里，开放行动占几项", "54项重点工作里，跟太湖治理有关的有几项", "那52个事项，交通类的有几个": a part
// of a listed count.
const SHARE_OF_LIST =
  /(?<=项|任务|事项|计划|方案|清单|工作|需求|成果)\s*(?:(?:里面|里头|当中|里|中)[，,]?|[，,])\s*(?:跟|和|与)?(\p{Script=Han}{2,8}?)(?:有关|相关)?的?(?:方面|类)?(?:的)?(?:占|有)(?:了)?(?:几|多少)/u;
const ENGLISH_PART_BEFORE = /\bhow many ([a-z][a-z -]{2,40}?) (?:key |main )?tasks?\b/;
const GENERIC_TASKS = /^(?:key|main|major|priority|important|total|more|new|other|of|the)\b/;
// "41项揭榜任务里有几项属于未来产业": the part follows the count.
const BELONGS_TO_PART =
  /(?:几|多少)(?:项|个|条)(?:是)?(?:属于|关于|涉及)(\p{Script=Han}{2,8}?)(?:的|方面|领域|类|[?？]|$)/u;
// "具体安排了哪些任务", "which tasks": the tasks of a part are listed rather than counted.
const LISTS_TASKS = /哪些(?:重点)?任务|什么任务|\b(?:what|which) tasks\b/;
const RELATED_PART =
  /\bhow many (?:of (?:those|them|these|the \w+)(?: tasks)?)\b[^?]*?\b(?:were|are|was|is)\s+(?:about\s+|on\s+|for\s+)?([a-z][a-z -]{2,30}?)[\s-]related\b/;
// "320 tasks - how many were transport?", "of the 41 tasks, how many are future industry ones": the part
// the counted ones are.
const COUNTED_AS =
  /\bhow many (?:of (?:them|those|these) )?(?:were|are|was|is) (?:specifically |mainly |about |on |for |in |related to )*([a-z][a-z -]{2,30}?)(?: ones| related| tasks| items)?\s*[?.]?$/;
const NOT_A_PART = /^(plan|round|first|second|third|three|yrd|yangtze|total|all|each|it|this|that)\b/;

/** The part of a plan a count question names, when it is not one of the areas ("交通领域"). */
export function countedPart(folded: string): string | undefined {
  if (!TASK_COUNT.test(folded) || !(COUNT.test(folded) || LISTS_TASKS.test(folded))) return undefined;
  // "how many of those were transport related": the part is what the counted tasks are.
  const related = (RELATED_PART.exec(folded) ?? COUNTED_AS.exec(folded))?.[1]?.trim();
  if (related !== undefined && !NOT_A_PART.test(related)) return related;
  // "…regional market integration in the new plan": the plan is a constraint of its own, not the part.
  // "the 'safe development' / security part": quotes and slashes set the part off, they are not in it.
  // "tasks in the second round plan were about X": the plan's words are no part.
  const english = ENGLISH_PART.exec(
    folded
      .replace(/['"“”‘’]/g, '')
      .replace(/\s*\/\s*/g, ', ')
      .replace(/\b(?:in|of|under) the (?:[a-z0-9-]+ ){0,3}(?:plan|round)\b/g, ' '),
  )?.[1]
    ?.replace(/\s+(?:in|of|under|for)\s+(?:the\s+)?(?:[a-z0-9-]+\s+){0,3}(?:plan|round)$/, '')
    .trim();
  if (english !== undefined && !NOT_A_PART.test(english)) return english;
  // "how many ecological protection tasks": the part before the task word.
  const before = ENGLISH_PART_BEFORE.exec(folded)?.[1]?.trim();
  if (before !== undefined && !NOT_A_PART.test(before) && !GENERIC_TASKS.test(before)) return before;
  // "106项事项里，开放行动占几项": the part is what takes a share of the count.
  const share = SHARE_OF_LIST.exec(folded)?.[1];
  if (share !== undefined && !/哪些|哪几|几个|多少|什么|一共|总共/.test(share)) return share;
  // "41项揭榜任务里有几项属于未来产业": the part follows the count.
  const belongs = BELONGS_TO_PART.exec(folded)?.[1];
  if (belongs !== undefined) return belongs;
  const part = PART.exec(folded)?.[1]?.replace(/^(计划|规划|里|中|的|在|有)+/, '');
  return part !== undefined && part.length >= 2 && !/哪些|哪几|几个|多少|什么/.test(part) ? part : undefined;
}

/** Whether a question asks for a part of a count it gives (54项重点工作里…占几项, "of the 41 tasks, how many are…"). */
export function asksPartOfCount(folded: string): boolean {
  return SHARE_OF_LIST.test(folded) || COUNTED_AS.test(folded);
}
