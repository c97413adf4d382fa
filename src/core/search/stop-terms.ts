/**
 * Words that say what kind of answer is wanted, not what it is about. They are dropped from the index
 * and from queries; the intent detector reads them from the raw line instead.
 */
const CHINESE = `多少 什么 哪些 哪个 哪几个 哪几 几个 几项 几 怎么 怎样 怎么样 如何 吗 呢 吧 啊 呀 嘛 啥 么 是 的 了
  有 在 和 与 及 或 也 都 就 被 把 为 对 这 那 个 请 问 请问 一下 告诉 我 你 们 我们 你们 它 其 之 哪 是否 有没有
  目前 现在 能 可以 想 知道 些 多 具体 主要 关于 情况 还 又 给 说 讲 介绍 一共 共 总共 到底 呢 么样 吗 得 地 着 过
  哪里 哪儿 谁 啦 哦 嗯 什么样 怎么办 几年 多久 共有 一共有 总共有 第几 几届 几条 几家 几年 几次
  安排 那轮 这轮 里`;

const ENGLISH = `a an the of in on at to for from by with and or as about what whats which who whom when where why how
  many much is are was were be been being do does did done have has had there their its it this that these those
  me my i you your we our us they them tell please can could would should will shall may might any some all list
  show give know want like so far than then into up out if name named s t get got under over per via number long often
  did does doing come comes came provide provides provided providing given gave make makes made currently
  now total overall altogether so-far`;

export const CHINESE_STOP_TERMS: ReadonlySet<string> = new Set(CHINESE.split(/\s+/));
export const ENGLISH_STOP_TERMS: ReadonlySet<string> = new Set(ENGLISH.split(/\s+/));
