import { pinyin } from 'pinyin-pro';

const HAN_CHAR = /^\p{Script=Han}$/u;

const readingsOf = new Map<string, readonly string[]>();

/** The toneless readings of one character (长: chang, zhang). */
function readings(char: string): readonly string[] {
  let found = readingsOf.get(char);
  if (found === undefined) {
    found = [...new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true }))];
    readingsOf.set(char, found);
  }
  return found;
}

/** Whether two runs of characters read alike, character by character (顾君, 顾军). */
export function soundsAlike(a: string, b: string): boolean {
  const left = Array.from(a);
  const right = Array.from(b);
  return (
    left.length === right.length &&
    left.every((char, i) => char === right[i] || readings(char).some((r) => readings(right[i]!).includes(r)))
  );
}

/** Whether a text holds a run that reads like `name` ("顾君" in …主任顾军介绍…). */
export function holdsSoundOf(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  const chars = Array.from(text);
  const length = Array.from(name).length;
  for (let i = 0; i + length <= chars.length; i++)
    if (soundsAlike(chars.slice(i, i + length).join(''), name)) return true;
  return false;
}

/**
 * Fixes homophone typos in a run of Chinese content words (研发墙度 → 研发强度, 营业历程 → 营业里程, 顾君
 * → 顾军): a character none of whose bigrams with its neighbours the data knows is replaced by a character
 * that reads the same and makes such a bigram known. Characters in a known bigram are left alone, and
 * only one character of a pair changes, so a word the data lacks never turns into an unrelated one.
 *
 * @param frequency how many documents hold a term (0 or undefined: unknown).
 * @param vocabulary the index's terms; its two-character Chinese ones are the bigrams to match.
 * @param inWords how many documents write a bigram inside their words: a typo lands on 里程, never on the
 *   通计 that 打通|计划 holds across two words (统计 would become it). Defaults to `frequency`.
 * @returns the run with its typos fixed, the same length as the run.
 */
export function createHomophoneCorrector(
  frequency: (term: string) => number | undefined,
  vocabulary: Iterable<string>,
  inWords: (bigram: string) => number | undefined = frequency,
): (run: string) => string {
  // "a|reading" → characters b such that the bigram ab is known and b reads so; "reading|b" likewise.
  const bySound = new Map<string, Set<string>>();
  const add = (key: string, char: string): void => {
    const chars = bySound.get(key);
    if (chars === undefined) bySound.set(key, new Set([char]));
    else chars.add(char);
  };
  for (const term of vocabulary) {
    const chars = Array.from(term);
    if (chars.length !== 2 || !HAN_CHAR.test(chars[0]!) || !HAN_CHAR.test(chars[1]!)) continue;
    const [a, b] = chars as [string, string];
    for (const reading of readings(b)) add(`${a}|${reading}`, b);
    for (const reading of readings(a)) add(`${reading}|${b}`, a);
  }
  const known = (bigram: string): boolean => (frequency(bigram) ?? 0) > 0;
  const common = (bigram: string): boolean => (frequency(bigram) ?? 0) > 1 && (inWords(bigram) ?? 0) > 0;

  return (run) => {
    const chars = Array.from(run);
    if (chars.length < 2) return run;
    let changed = false;
    for (let i = 0; i < chars.length; i += 1) {
      const left = i > 0 ? chars[i - 1]! : undefined;
      const right = i + 1 < chars.length ? chars[i + 1]! : undefined;
      const char = chars[i]!;
      if ((left !== undefined && known(left + char)) || (right !== undefined && known(char + right)))
        continue;
      const candidates = new Set<string>();
      for (const reading of readings(char)) {
        if (left !== undefined) for (const c of bySound.get(`${left}|${reading}`) ?? []) candidates.add(c);
        if (right !== undefined) for (const c of bySound.get(`${reading}|${right}`) ?? []) candidates.add(c);
      }
      candidates.delete(char);
      let best: string | undefined;
      let bestScore = 0;
      for (const candidate of candidates) {
        // Bigrams made known count first, then how common they are.
        const made = [
          left === undefined ? '' : left + candidate,
          right === undefined ? '' : candidate + right,
        ];
        // A bigram of one document (江见 of 浙江见行动) is a phrase, not a term a typo lands on.
        const score = made.reduce((sum, b) => sum + (common(b) ? 1_000_000 + frequency(b)! : 0), 0);
        if (score > bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
      if (best !== undefined) {
        chars[i] = best;
        changed = true;
      }
    }
    return changed ? chars.join('') : run;
  };
}
