import type { Answer, Lang } from '../../src/core/types.js';

/** The answer the router gives when a command crashed (see test/core/router.test.ts). */
export function internalAnswer(lang: Lang): Answer {
  return {
    command: 'ask',
    query: '研发强度',
    answered: false,
    lang,
    intent: 'lookup',
    results: [],
    page: { offset: 0, limit: 5, total: 0, hasMore: false },
    error: 'internal',
  };
}
