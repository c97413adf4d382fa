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

/**
 * Judges one answer. Each entry of `top` is one result: its id, or its id and the ids it stands for (a
 * statistic shown with its whole series answers for every value of it).
 */
export function judge(c: QuestionCase, top: (string | string[])[], declined: boolean): CaseOutcome {
  const ids = top.map((t) => (typeof t === 'string' ? [t] : t));
  const index = ids.findIndex((own) => own.some((id) => c.expect.includes(id)));
  return { case: c, top: ids.map((own) => own[0] ?? ''), rank: index + 1, declined };
}

/** The ids a result answers for: its own, and those of the series it shows. */
export function answeredIds(result: {
  id: string;
  kind: string;
  series?: { points: { id: string }[] };
}): string[] {
  return [result.id, ...(result.series?.points.map((p) => p.id) ?? [])];
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
