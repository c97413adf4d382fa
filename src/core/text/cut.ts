/** Cuts text to at most `max` characters (code points), marking the cut with an ellipsis. */
export function cutText(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
