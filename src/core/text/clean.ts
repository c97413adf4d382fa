/** Longest line the core answers; longer lines are cut (and flagged `too-long`). */
export const MAX_LINE_LENGTH = 500;

// C0/C1 controls, DEL, and the invisible format characters that chat clients paste along with text.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A user's line made safe to process and show back: control and bidi characters become spaces, lone
 * surrogates become U+FFFD, runs of white space collapse, and the line is cut to {@link MAX_LINE_LENGTH}
 * code points without splitting a surrogate pair.
 */
export function cleanLine(line: string, maxLength = MAX_LINE_LENGTH): { text: string; cut: boolean } {
  const cleaned = line.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const codePoints = Array.from(cleaned);
  if (codePoints.length <= maxLength) return { text: cleaned, cut: false };
  return { text: codePoints.slice(0, maxLength).join('').trim(), cut: true };
}
