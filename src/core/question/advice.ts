/**
 * Lines asking for advice no public article gives (which stocks to buy): not a question about the
 * plans, whatever plan words they hold.
 */
const ADVICE =
  /\b(?:which|what) (?:[\w-]+ ){0,3}stocks?\b|\bstocks? (?:should|to|can) (?:i |we )?(?:buy|invest)\b|\binvestment advice\b|\bshould i (?:buy|sell|invest)\b|买(?:哪|什么|啥)(?:些|只|个)?股票|(?:推荐|荐)(?:几|一)?(?:只|个|些)?股票|股票(?:推荐|代码)|该不该(?:买|卖|投资)/;

/** Whether a folded line asks for investment advice. */
export function asksForAdvice(folded: string): boolean {
  return ADVICE.test(folded);
}
