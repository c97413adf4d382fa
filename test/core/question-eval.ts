import type { QuestionCase, QuestionGroup } from './questions.js';

/** How one engine did on one case: the ids of its top results, best first (empty: it declined). */
export interface CaseOutcome {
  case: QuestionCase;
  top: string[];
  /** Rank (1-based) of the first expected id in `top`, or 0. */
  rank: number;
  /** The engine declined (for a decline case: the right call). */
  declined: boolean;
}

export function judge(c: QuestionCase, top: string[], declined: boolean): CaseOutcome {
  const index = top.findIndex((id) => c.expect.includes(id));
  return { case: c, top, rank: index + 1, declined };
}

export interface GroupScore {
  n: number;
  hit1: number;
  hit3: number;
}

/** hit@1 and hit@3 (shares 0..1) per group of answerable cases; for declines, the share declined. */
export function score(outcomes: CaseOutcome[]): Record<QuestionGroup | 'answerable', GroupScore> {
  const groups: (QuestionGroup | 'answerable')[] = ['zh', 'zh-hant', 'en', 'decline', 'answerable'];
  const out = {} as Record<QuestionGroup | 'answerable', GroupScore>;
  for (const group of groups) {
    const mine = outcomes.filter((o) =>
      group === 'answerable' ? o.case.group !== 'decline' : o.case.group === group,
    );
    const n = mine.length;
    if (group === 'decline') {
      const declined = mine.filter((o) => o.declined).length / Math.max(1, n);
      out[group] = { n, hit1: declined, hit3: declined };
      continue;
    }
    out[group] = {
      n,
      hit1: mine.filter((o) => o.rank === 1).length / Math.max(1, n),
      hit3: mine.filter((o) => o.rank >= 1 && o.rank <= 3).length / Math.max(1, n),
    };
  }
  return out;
}
