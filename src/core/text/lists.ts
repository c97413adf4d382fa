// A run of items set off by 、 (上海青浦、江苏吴江、浙江嘉善).
const RUN_OF_ITEMS = /[^、，,。；;：:（）()“”]+(?:、[^、，,。；;：:（）()“”]+)+/g;

/** The sizes of the lists a text enumerates with 、 (a list joined by 和 at its end counts one short). */
export function listSizes(text: string): number[] {
  return [...text.matchAll(RUN_OF_ITEMS)].map((m) => m[0].split('、').length);
}

// "是哪三个地方", "哪五个方面": the number of things asked for by name.
const ASKS_N =
  /哪(\d+)(?:个|项|条|家|件|大|座|所|种|批)|(\d+)(?:个|项|条|家|件|座|所|种)[^？?。]{0,6}?(?:具体|分别)(?:都)?(?:是|有)?哪些/;
// "list of the 52 services", "name the 12 alliances", "which 18 items".
const ASKS_N_EN =
  /\b(?:list (?:of |all )?|name (?:all |every )?|which (?:are |were )?|what (?:exactly )?are )(?:the |all )?(\d+)(?:\s*["'“‘]?[a-z]|\s*[?.!]|$)/;

/** How many things a question asks to be named ("哪三个" → 3), read from numerals as digits. */
export function namedCount(normalized: string): number | undefined {
  const m = ASKS_N.exec(normalized) ?? ASKS_N_EN.exec(normalized);
  const n = Number(m?.[1] ?? m?.[2]);
  return n >= 2 ? n : undefined;
}
