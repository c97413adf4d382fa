// What happened to a thing asked about (成立, 通车, 印发): the words that say it, in Chinese and English.

/** A meeting was held: what every meeting, forum and briefing of the data was. */
export const HELD = /召开|举行|举办|开幕|\b(held|convened|took place)\b/;
/** A document was issued: what every document of the data was, on its date. */
export const ISSUED = /印发|发布(?!会)|出台|公布|颁布|\b(issued|released|published|unveiled)\b/;

/** Kinds of event a when-question asks about, each with the words that say it happened (Chinese, English). */
const ACTS: readonly RegExp[] = [
  /成立|设立|组建|挂牌|揭牌|\b(founded|established|set up|formed)\b/,
  /开通|通车|开行|建成通车|投运|\b(opened|open|opens)\b/,
  // When something started: any word that says it did (开始, 实施, 开通, launched).
  // (开始规划: what started is 规划; 实施方案 names a document.)
  /开始(?=算|实施|执行|施行|的|㗎|[?？]|$)|起始|实施(?!方[案按]|意见|细则|纲要)|施行|开通|上线|投运|\b(?:start(?:ed|s)?|beg[ai]n|begins|took effect|take effect|came into force|implemented|opened)\b/,
  /签署|签订|签约|\b(signed|sign)\b/,
  /主持|\b(chaired|chairs|chair|presided|hosted|moderated|moderator|emceed)\b/,
  /介绍|\bintroduced\b/,
  // Who drafted it, whether it went out for comment: a record must say so, not only that it was issued.
  /起草|编制|拟定|撰写|\b(?:drafted|authored|wrote|written)\b|\bdraft(?:ed)? by\b/,
  /征求意见|意见征集|\bpublic comments?\b|\bconsultations?\b/,
  ISSUED,
  HELD,
];

/** What a question says happened, as it words it (成立, chaired), if it names such an act. */
export function actOf(folded: string): string | undefined {
  for (const act of ACTS) {
    const word = act.exec(folded)?.[0];
    if (word !== undefined) return word;
  }
  return undefined;
}

/** Whether a word is one of the acts a question can ask about (成立, chaired), not a thing. */
export function isActWord(word: string): boolean {
  return ACTS.some((act) => act.test(word));
}

/** The words that say the same act happened (成立 → 成立|设立|组建…). */
export function actWords(act: string): RegExp {
  return ACTS.find((words) => words.test(act)) ?? new RegExp(act);
}
