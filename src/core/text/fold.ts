import { OpenCC } from './opencc.js';

// 'twp' converts Taiwan phrases as well as characters (資訊 → 信息, 軟體 → 软件), which 't' and 'hk' leave alone.
const toSimplified = OpenCC.Converter({ from: 'twp', to: 'cn' });

// Taiwan phrases whose mainland rendering is not the word the sources use (複製 → 拷贝, where the
// sources write 复制推广; 區域性 → 局部, where they write 区域性): converted character by character instead.
const KEPT: Readonly<Record<string, string>> = {
  複製: '复制',
  复製: '复制',
  區域性: '区域性',
  // 指標 is a measure (指标), not a pointer (指针); 執行 is carrying out (执行), not running a program.
  指標: '指标',
  執行: '执行',
  // 設定 is setting a goal (设定), not a device's settings (设置); 類比 is an analogy, not 模拟.
  設定: '设定',
  類比: '类比',
};
const KEPT_PHRASES = new RegExp(Object.keys(KEPT).join('|'), 'g');

// Taiwan and Cantonese words that 'twp' leaves as they are, in the mainland words the sources use
// (高水準 is 高水平; 升做 is 升为).
const MAINLAND: Readonly<Record<string, string>> = {
  水准: '水平',
  永续: '可持续',
  营运: '运营',
  透过: '通过',
  升做: '升为',
  变做: '变为',
};
const MAINLAND_WORDS = new RegExp(Object.keys(MAINLAND).join('|'), 'g');

// Chat shorthand for English words ("how many ppl", "govt funding"), whole words only.
const SHORTHAND: Readonly<Record<string, string>> = {
  ppl: 'people',
  govt: 'government',
  gov: 'government',
  dept: 'department',
  depts: 'departments',
  yrs: 'years',
  yr: 'year',
  approx: 'approximately',
  thru: 'through',
  intl: 'international',
};
const SHORTHAND_WORDS = new RegExp(`(?<![a-z0-9])(?:${Object.keys(SHORTHAND).join('|')})(?![a-z0-9])`, 'g');

// One answer folds the same line several times (intent, analysis), and the records' own texts again for
// each answer that checks them (a constraint, a lead); conversion is the costly part. With room for all
// of them it runs once per text (measured: with 64 places, folding took a fifth of a task-count
// question's time).
const recent = new Map<string, string>();
const RECENT_MAX = 4096;

/**
 * The one form text is compared in: NFKC (full-width → half-width, ① → 1), lower case, simplified script.
 * Used for indexing and querying alike, so both sides always agree.
 */
export function foldText(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const folded = toSimplified(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(KEPT_PHRASES, (m) => KEPT[m]!),
  )
    .replace(MAINLAND_WORDS, (m) => MAINLAND[m]!)
    .replace(SHORTHAND_WORDS, (m) => SHORTHAND[m]!);
  if (recent.size >= RECENT_MAX) recent.clear();
  if (text.length <= 1000) recent.set(text, folded);
  return folded;
}

// Cantonese 边 as a question word (边几个, 边啲, 边项): 哪; 边度 is 哪里. 边个 stays, for it asks who as well as which.
// 边个 before a thing (边个自贸试验区) asks which one, not who.
const CANTONESE_WHICH_THING =
  /边个(?=自贸|城市|省|市|地方|区|县|方面|领域|项目|平台|机构|港|会议|论坛|集群|计划|文件|阶段|批|部门|单位|园区|中心|基金|联盟)/g;
const CANTONESE_WHICH = /边(?=几|位|间|条|种|啲|样|年|日|项|家|场|次|座|方面|[两二三四五六七八九十\d])/g;

// Cantonese words as the Mandarin ones the question rules are written in (完成咗几多项 is 完成了多少项,
// 行一圈要几耐 is 要多久). Only words with no other reading in Mandarin: 系 (关系, 体系) and 仲 (仲裁)
// alone are left as they are.
const CANTONESE: Readonly<Record<string, string>> = {
  几多: '多少',
  几耐: '多久',
  几时: '什么时候',
  咗: '了',
  嘅: '的',
  喺: '在',
  嗰: '那',
  冇: '没有',
  唔系: '不是',
  系唔系: '是不是',
  系咪: '是不是',
  唔: '不',
  乜嘢: '什么',
  乜野: '什么',
  点样: '怎样',
  点解: '为什么',
  而家: '现在',
  仲有: '还有',
  仲未: '还没',
  净系: '只是',
  佢哋: '他们',
  佢: '他',
  嚟: '来',
  畀: '给',
  睇: '看',
  揾: '找',
  同埋: '和',
};
const CANTONESE_WORDS = new RegExp(
  Object.keys(CANTONESE)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** A folded question with its Cantonese question words read as Mandarin ones, for what it asks. */
export function mandarinQuestionWords(folded: string): string {
  return folded
    .replace(/几多/g, '多少')
    .replace(/边度/g, '哪里')
    .replace(CANTONESE_WHICH_THING, '哪个')
    .replace(CANTONESE_WHICH, '哪');
}

/**
 * A question in the form its rules read it (what it asks, constrains, counts): folded, with its
 * Cantonese words read as Mandarin ones. The search keeps the folded words, which its segmenter and
 * stop terms were made for (做嘅 is 做|嘅, while 做的 would be one unknown word).
 */
export function readQuestion(question: string): string {
  return mandarinQuestionWords(foldText(question).replace(CANTONESE_WORDS, (m) => CANTONESE[m]!));
}
