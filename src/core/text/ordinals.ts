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
