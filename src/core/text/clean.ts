/** Longest line the core answers; longer lines are cut (and flagged `too-long`). */
export const MAX_LINE_LENGTH = 500;

// C0/C1 controls and DEL: white space to the reader.
const CONTROL = /\p{Cc}/gu;
// Every invisible format character (bidi marks, embeddings and isolates such as U+061C, U+202E and
// U+2066-2069, zero-width characters, U+FEFF, soft hyphens, tags): gone, so none is shown back.
const FORMAT = /\p{Cf}/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A user's line made safe to process and show back: control characters become spaces, bidi and other
 * invisible format characters are removed, lone
 * surrogates become U+FFFD, runs of white space collapse, and the line is cut to {@link MAX_LINE_LENGTH}
 * code points without splitting a surrogate pair.
 */
export function cleanLine(line: string, maxLength = MAX_LINE_LENGTH): { text: string; cut: boolean } {
  const cleaned = line
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(FORMAT, '')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const codePoints = Array.from(cleaned);
  if (codePoints.length <= maxLength) return { text: cleaned, cut: false };
  return { text: codePoints.slice(0, maxLength).join('').trim(), cut: true };
}
