import type { Answer } from '../../src/core/types.js';

/** What a reader sees first: the texts of the top results, joined. */
export function firstTexts(answer: Answer, count = 3): string {
  return answer.results
    .slice(0, count)
    .map((r) => r.text)
    .join(' ');
}
