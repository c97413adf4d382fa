const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral spellings of a small integer (5 → 五; 2 → 二, 两; 17 → 十七; 41 → 四十一). */
function chineseForms(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 99) return [];
  if (n < 10) return n === 2 ? ['二', '两'] : [DIGITS[n]!];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return [head + (ones === 0 ? '' : DIGITS[ones]!)];
}

/** True when the quote writes the number, in digits or Chinese numerals. */
export function quoteStatesNumber(quote: string, value: number): boolean {
  // 7,100 and ７１００ are 7100: thousands separators and full-width digits are how pages write them.
  const plain = quote.normalize('NFKC').replace(/(\d),(?=\d{3})/g, '$1');
  const digitsInQuote = plain.match(/\d+(?:\.\d+)?/g) ?? [];
  if (digitsInQuote.some((d) => Number(d) === value)) return true;
  return chineseForms(value).some((form) => quote.includes(form));
}
