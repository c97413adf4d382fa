/**
 * Telegram HTML: the only place dynamic text becomes markup. Telegram rejects a whole message when a
 * `<`, `>` or `&` is not escaped or a tag is not its own, so every string from data or users goes
 * through {@link escapeHtml} before it is wrapped in one of the helpers below.
 */

/** Escapes `&`, `<`, `>` and `"` (the last for attribute values), and drops characters Telegram refuses. */
export function escapeHtml(text: string): string {
  return (
    text
      // C0 controls other than tab and newline, and lone surrogates, make Telegram fail to parse the message.
      .replace(
        /[\u0000-\u0008\u000b-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        '',
      )
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** Bold, already-escaped HTML. */
export const bold = (html: string): string => `<b>${html}</b>`;
/** Italic, already-escaped HTML. */
export const italic = (html: string): string => `<i>${html}</i>`;
/** A quotation block around already-escaped HTML. */
export const blockquote = (html: string): string => `<blockquote>${html}</blockquote>`;

/** A link; `url` must be http(s), anything else is shown as plain text. */
export function link(url: string, html: string): string {
  return /^https?:\/\/[^\s"<>]+$/.test(url) ? `<a href="${escapeHtml(url)}">${html}</a>` : html;
}
