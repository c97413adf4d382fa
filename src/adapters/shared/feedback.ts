import { randomBytes } from 'node:crypto';
import type { Answer, CommandName } from '../../core/types.js';
import { LruCache } from './lru.js';

/** A 👍 or a 👎. */
export type Verdict = 'up' | 'down';

/** What a 👍/👎 button under an answer refers to: the question and the records the answer showed. */
export interface RatedAnswer {
  command: CommandName;
  question: string;
  ids: string[];
}

/** Whether an answer gets 👍/👎 buttons: a first page of an answered question or figure. */
export function wantsFeedback(answer: Answer): boolean {
  return (
    answer.answered &&
    (answer.command === 'ask' || answer.command === 'stats') &&
    answer.page.offset === 0 &&
    answer.results.length > 0
  );
}

/** `{ declined: question }` for an answer where nothing in the data answered a question; `{}` otherwise. */
export function declinedQuestion(answer: Answer): { declined?: string } {
  const declined =
    !answer.answered &&
    answer.error !== 'rate-limited' &&
    (answer.command === 'ask' || answer.command === 'stats') &&
    answer.query.length > 0;
  return declined ? { declined: answer.query } : {};
}

/** The answer as a feedback log line names it. */
export function ratedAnswer(answer: Answer): RatedAnswer {
  return { command: answer.command, question: answer.query, ids: answer.results.map((r) => r.id) };
}

interface Entry {
  answer: RatedAnswer;
  /** Each voter's last verdict: pressing the same button twice counts once. */
  votes: Map<string, Verdict>;
}

/**
 * The answers under 👍/👎 buttons, kept server-side (a question and its record ids do not fit in
 * Telegram's 64 bytes of callback data) in a bounded LRU: a press on a forgotten answer still counts,
 * without the question.
 */
export class FeedbackStore {
  private readonly entries: LruCache<string, Entry>;

  constructor(capacity = 10_000) {
    this.entries = new LruCache(capacity);
  }

  /** Keeps `answer`; the key (8 URL-safe characters) goes into the buttons. */
  put(answer: RatedAnswer): string {
    const key = randomBytes(6).toString('base64url');
    this.entries.set(key, { answer, votes: new Map() });
    return key;
  }

  /**
   * Records `voter`'s verdict on the answer behind `key`: `counted` is false when it repeats their last
   * verdict; `answer` is undefined when the answer was forgotten (a restart, or pushed out of the LRU).
   */
  vote(key: string, voter: string, verdict: Verdict): { counted: boolean; answer?: RatedAnswer } {
    const entry = this.entries.get(key);
    if (entry === undefined) return { counted: true };
    if (entry.votes.get(voter) === verdict) return { counted: false, answer: entry.answer };
    entry.votes.set(voter, verdict);
    return { counted: true, answer: entry.answer };
  }
}

/** What the bot says after a press (shown to the presser only). */
export const FEEDBACK_WORDS = {
  zh: { thanks: '谢谢反馈！', again: '已经记下了，谢谢！' },
  en: { thanks: 'Thanks for the feedback!', again: 'Already noted, thanks!' },
} as const;
