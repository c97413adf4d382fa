// "规划了多少个机架", "有几台服务器": the noun after the count and its measure word.
const COUNTED = /(?:多少|几)(?:个|家|项|条|座|所|台|辆|名|位|件|张|只|架|种|套|间)(\p{Script=Han}{2})/u;

/** What a (folded) question counts (机架), if it says. */
export function countedNoun(folded: string): string | undefined {
  return COUNTED.exec(folded)?.[1];
}
