import { foldText } from '../text/fold.js';

/**
 * Words that say what kind of answer is wanted, not what it is about. They are dropped from the index
 * and from queries; the intent detector reads them from the raw line instead.
 */
const CHINESE = `多少 什么 哪些 哪个 哪几个 哪几 几个 几项 几 怎么 怎样 怎么样 如何 吗 呢 吧 啊 呀 嘛 啥 么 是 的 了
  有 在 和 与 跟 及 或 也 都 就 被 把 为 对 这 那 个 请 问 请问 一下 告诉 我 你 们 我们 你们 它 其 之 哪 是否 有没有
  目前 现在 能 可以 想 知道 些 多 具体 主要 关于 情况 还 又 给 说 讲 介绍 一共 共 总共 到底 呢 么样 吗 得 地 着 过
  哪里 哪儿 谁 哪位 啦 哦 嗯 什么样 怎么办 几年 多久 共有 一共有 总共有 第几 几届 几条 几家 几年 几次
  安排 那轮 这轮 里 分成 分为 分了`;

/**
 * Filler and colloquial words: they say nothing of the topic, so they never count against a record's
 * coverage (哎 那个一网通办现在能办多少事啊 asks what 一网通办能办多少事 asks).
 */
const FILLER = `哎 哎呀 诶 欸 嗯 噢 喔 哈 哈哈 呗 咯 啰 哇 嘞 哟 呐 那个 这个 那块 这块 那边 这边 那次 这次 那会 来着 咋 咋样
  咋的 啥样 啥子 是不是 了吗 没有 吗 请问 我想 想问 问下 问一下 能不能 可不可以 告诉 知道 麻烦 帮我 查查 查一下 看看 说说
  讲讲 开 要 到 至少 最少 最多 左右 职务 职位 身份 头衔 一下子 大概 大约 大致 究竟 到底 现在 如今 目前为止 为止 了 啊 呀 呢 嘛 吧 么 哦 叫 叫啥 叫什么 名字 全名
  搞 弄 整 一块 一块儿 一起 一道 沿着 沿住 官员 之间 冲到 冲上 点做 几耐 系
  喺 嘅 咗 乜嘢 乜野 而家 啲 咩 㗎 喇 啦 咁 点样 边度 边个 几多 嘢 唔 几时 嗰 嗰次 嗰阵 嗰个 嗰度 入面 同埋 佢 佢哋 去到 想喺 边条 边间 边啲 边种 边样 仲 仲有
  话 布置 搞出 全称 担任 部分 形容 属于 级别 出自 包含 地方 期间 范畴 现时 打算 起来 最初 更 希望 想去 今年 本年 起码 设定 当时
  那份 这份 那篇 这篇 在做 在搞 地点 时间 记得 我记得 印象中 当初 会话
  自称 称作 被称为 比作 被比作 比喻 干什么 干啥 干嘛 做什么 做啥 一齐 将 得点 其他 其它 别的`;

const ENGLISH = `a an the of in on at to for from by with and or as about what whats which who whom when where why how
  many much is are was were be been being do does did done have has had there their its it this that these those
  me my i you your we our us they them tell please can could would should will shall may might any some all
  show give know want like so far than then into up out if s t get got under over per via number count long often
  did does doing come comes came provide provides provided providing given gave make makes made currently
  now total overall altogether so-far anything something say says said according pull pulled push pushed
  forward held hold holds took take happen happened mention mentions mentioned talk talks talked speak speaks
  spoke use used uses went go goes also still ever yet really exactly actually roughly approximately around
  does do promise promises promised produce produces produced roll rolls rolled copy copies copied add adds
  added split handle handles handled reach reaches reached create creates created launch launches
 launched put puts made so-called straight end
  guy guys pls plz thing things stuff kinda sorta bit lol hey hi ok okay yeah um uh just gonna wanna gotta
  u r ur teh whos wat smth sth btw pretty quite cover covers covered covering include includes included
  including contain contains contained must true during day days refer refers referred`;

/** Stop words only as written: their stems are content words elsewhere (officially/official, manage/management). */
const ENGLISH_EXACT = `officially formally basically manage managed list name named`;

/** Fillers safe to cut from a line before segmentation (none is part of a content word), so 那次 in 湖州那次签了 cannot leave 次 behind. */
const FILLER_PHRASES = `哎呀 那个 这个 那块 这块 那边 这边 那次 这次 那会 来着 咋样 咋的 啥样 是不是 了吗 请问 我想知道 我想问 想问一下
  想问下 我想问下 请问下 想问 问一下 问下 能不能告诉我 能不能 可不可以 告诉我 麻烦问一下 帮我查查 帮我查一下 的时候
  喺边度 喺边 边度 边个 几多 而家 乜嘢 乜野 系乜 系咪 嘅 咗 喺 咩
  里头 里面 里边 全年度 全年 咋变的 咋变 怎么变的 怎么变 变的 变化了 有何变化
  降到 降至 降低到 扩到 扩至 扩大到 增加到 增至 增长到 提高到 提升到 上升到 升至 减少到 拓展到 加到 变成
  之外 以外 之前 原本 本来 后面 那篇 这篇 嗰部分 那部分 嗰部份 那部份 这部份 这部分 部份 有多大 多大 有几大 全名 是什么类型 什么类型 类型
  嗰次 嗰阵 嗰个 嗰度 入面 点样 同埋 仲 过没过 有没有过 上有
  提到了 提到 提了 签了 投了 说了 讲了 高过 唔高过 算第几 那一串 一串 一连串 开始 出来 互相 大家 东西 那位 这位 自己 啥程度 什么程度 程度 相互 彼此 汇报 的汇报
  篇文 嗰篇文 接下来 几大块 大块 国家统计局 统计局 边日 边年 出咗 几多间 几间 多少间 最后完成得 最后完成
  加埋 出嚟 讲嘢 搞成点 搞成 缩到 缩小到 缩至 乜乜 有冇 要点做 玩法 靠前 靠后
  边条 边间 边啲 边种 边样 那种 这种 嗰种 挤进 加起来 合起来 边位 边几 叫乜名 乜名
  提没提 讲没讲 说没说 谈没谈 有没有提到 有没有提 有没有讲 有没有说 有没有谈 有冇提 有冇讲 有冇讲过 谈到 讲到 说到 提及
  入前十 进前十 有冇入 有没有进
  那场 这场 嗰场 出来讲 准确数字 准确数 确切数字 确切数 的领导 哪位领导 哪个领导 边位领导`;

/**
 * "does the plan have…", "in teh plan": the plan as the frame of a yes/no question, not its topic. And
 * "which province": the place is what is asked, not a word an answer holds (but "which province leads
 * the most" asks a ranking, which a record must state).
 */
export const ENGLISH_FRAME_PATTERN =
  /\b(?:in|does|did|do|will|under|of|from) (?:the|this|that|teh|their|ur|your) (?:new |latest |current |(?:3|three)[ -]?(?:yr|year) )?(?:action )?plan\b|\b(?:which|what) (?:province|city|provinces|cities)\b(?![^?]*\b(?:most|highest|largest|biggest|fastest|lowest|least|best|top)\b)/g;

// The lists are compared with folded text, so they are folded too (OpenCC writes 嗰 as 𠮶).
const folded = (words: string): string[] => [...new Set(words.split(/\s+/).flatMap((w) => [w, foldText(w)]))];

export const FILLER_PATTERN = new RegExp(
  folded(FILLER_PHRASES)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

export const CHINESE_STOP_TERMS: ReadonlySet<string> = new Set(folded(`${CHINESE} ${FILLER}`));
/** English stop words whose other forms (pushing, mentioning) are stop words too. */
export const ENGLISH_STOP_STEMMED: ReadonlySet<string> = new Set(ENGLISH.split(/\s+/));
export const ENGLISH_STOP_TERMS: ReadonlySet<string> = new Set([
  ...ENGLISH_STOP_STEMMED,
  ...ENGLISH_EXACT.split(/\s+/),
]);

const LONGEST_STOP = Math.max(...[...CHINESE_STOP_TERMS].map((t) => t.length));
const stopWords = new Map<string, boolean>();

/**
 * True when a Chinese word is a stop term or wholly made of them: the segmenter glues fillers and
 * question words together (是啥, 谁在, 了吗呀) into words no list could hold.
 */
export function isChineseStop(word: string): boolean {
  const known = stopWords.get(word);
  if (known !== undefined) return known;
  // splits[i]: word.slice(0, i) is a sequence of stop terms.
  const splits = [true];
  for (let end = 1; end <= word.length; end += 1) {
    splits[end] = false;
    for (let start = Math.max(0, end - LONGEST_STOP); start < end && !splits[end]; start += 1)
      splits[end] = splits[start]! && CHINESE_STOP_TERMS.has(word.slice(start, end));
  }
  const stop = splits[word.length]!;
  if (stopWords.size > 10_000) stopWords.clear();
  stopWords.set(word, stop);
  return stop;
}
