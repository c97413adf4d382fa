/** English ordinals as users type them, in words and in digits: "third" and "3rd" are round 3. */
export const ENGLISH_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  '6th': 6,
};

/** A regex alternation of the ordinals of `n` ("third|3rd"). */
export function ordinalPattern(n: number): string {
  return Object.keys(ENGLISH_ORDINALS)
    .filter((word) => ENGLISH_ORDINALS[word] === n)
    .join('|');
}

/** "round two", "round 3": a round named by its number after the word. */
export const ENGLISH_ROUND_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
};

/** "round two|round 2" for round 2. */
export function roundNumberPattern(n: number): string {
  const numbers = Object.keys(ENGLISH_ROUND_NUMBERS).filter((word) => ENGLISH_ROUND_NUMBERS[word] === n);
  return `\\bround\\s+(?:${numbers.join('|')})\\b`;
}
