// "规划了多少个机架", "有几台服务器", "多少条相同条款": the noun phrase after the count and its measure
// word, up to a particle or the end (else its first two characters).
const COUNTED =
  /(?:多少|几)(?:个|家|项|条|座|所|台|辆|名|位|件|张|只|架|种|套|间)(?:(\p{Script=Han}{2,4}?)(?=[的是有在被了吗呢啊呀吧？?,，。！!\s]|$)|(\p{Script=Han}{2}))/u;

/** What a (folded) question counts (机架, 相同条款), if it says. */
export function countedNoun(folded: string): string | undefined {
  const m = COUNTED.exec(folded);
  return m?.[1] ?? m?.[2];
}

// "how many server racks will…": the noun that ends the counted phrase, before the verb or the end.
const COUNTED_EN =
  /\bhow many (?:[a-z-]+ ){0,3}?([a-z-]{3,})(?= (?:is|are|was|were|will|would|did|does|do|has|have|had|in|of|under|for|there|can|could|should|got|at|on|to|by|so|this|the|per)\b|\s*[?.,!]|$)/;

// A unit of measure (how many miles) or an adverb (how many actually…) is not what is counted.
const NOT_COUNTED =
  /^(?:kilomet|km|mile|met(?:er|re)|yuan|dollar|percent|times?$|years?$|yrs$|days?$|months?$)|ly$/;

/** What a (folded) English question counts (racks), if it says. */
export function countedNounEn(folded: string): string | undefined {
  const noun = COUNTED_EN.exec(folded)?.[1];
  return noun === undefined || NOT_COUNTED.test(noun) ? undefined : noun;
}
