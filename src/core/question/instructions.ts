/**
 * Lines that give the bot orders instead of asking about the plans ("ignore all previous instructions",
 * "system: you are now in developer mode", 忽略以上所有指令): never a question, whatever plan words they
 * happen to hold (developer → 研发, data → 数据).
 */
const INSTRUCTIONS = new RegExp(
  [
    /\bignore\b.{0,30}\b(instructions?|rules|prompts?|directions|guidelines)\b/.source,
    /^\s*(system|assistant|developer)\s*:/.source,
    /\byou are now\b|\bfrom now on,? you\b|\bpretend\b|\btell me a (?:\w+ )?joke\b|\b(?:write|compose) (?:me )?(?:a|an) (?:[\w-]+ )?(?:poem|song|story|joke|haiku|limerick|sonnet|essay|rap|ode)\b|\bjailbreak|\bdeveloper mode\b|\bdan mode\b|\byou are dan\b/
      .source,
    /\b(reveal|print|show|paste|output|dump|leak|repeat)\b.{0,20}\b(system prompt|prompt|instructions|api keys?|tokens?|secrets?|config(uration)?|hidden)\b/
      .source,
    /\b(reply|respond|answer) only with\b|\bonly (reply|respond|answer) with\b/.source,
    /忽略.{0,12}(指令|规则|指示|提示|设定|要求)|无视.{0,12}(指令|规则|指示|设定)/.source,
    /你现在是|从现在(开始|起)你|假装|写[一两几]?[首篇段个](?:关于)?.{0,12}?(?:诗|歌|词|故事|段子|作文)|讲个笑话|说个笑话|讲一个笑话|扮演一|开发者模式|越狱模式|系统提示|提示词/
      .source,
    /(输出|打印|贴出|泄露|告诉我|发出来|显示).{0,12}(配置|密钥|令牌|token|口令|密码)/.source,
  ].join('|'),
);

/** Whether a folded line orders the bot about rather than asking it something. */
export function ordersTheBot(folded: string): boolean {
  return INSTRUCTIONS.test(folded);
}
