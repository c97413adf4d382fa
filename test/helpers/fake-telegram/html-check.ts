/**
 * Telegram's HTML parse mode, checked the way the Bot API checks it: only its own tags, balanced and
 * properly nested, `<`, `>` and `&` escaped outside tags. Written independently of the adapter's own
 * HTML code so that a bug there cannot hide itself here.
 */

/** Tags the Bot API accepts in `parse_mode: 'HTML'` (core.telegram.org/bots/api#html-style). */
const SUPPORTED_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'span',
  'tg-spoiler',
  'tg-emoji',
  'a',
  'code',
  'pre',
  'blockquote',
]);

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

export type HtmlCheck = { ok: true; text: string } | { ok: false; error: string };

function decodeEntityAt(html: string, at: number): { char: string; length: number } | null {
  const match = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/.exec(html.slice(at, at + 12));
  if (!match) return null;
  const body = match[1]!;
  if (body.startsWith('#')) {
    const code = body.startsWith('#x') ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return { char: String.fromCodePoint(code), length: match[0].length };
  }
  const named = NAMED_ENTITIES[body];
  return named === undefined ? null : { char: named, length: match[0].length };
}

function byteOffset(html: string, at: number): number {
  return Buffer.byteLength(html.slice(0, at), 'utf8');
}

/**
 * Parses `html` as Telegram would. On success returns the visible text (tags removed, entities
 * decoded); on failure the exact `description` Telegram would answer with.
 */
export function checkTelegramHtml(html: string): HtmlCheck {
  const fail = (reason: string): HtmlCheck => ({
    ok: false,
    error: `Bad Request: can't parse entities: ${reason}`,
  });
  const open: { name: string; at: number }[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '&') {
      const entity = decodeEntityAt(html, i);
      if (!entity)
        return fail(`Character '&' is reserved and must be escaped at byte offset ${byteOffset(html, i)}`);
      text += entity.char;
      i += entity.length;
      continue;
    }
    if (ch === '>')
      return fail(`Character '>' is reserved and must be escaped at byte offset ${byteOffset(html, i)}`);
    if (ch !== '<') {
      text += ch;
      i += 1;
      continue;
    }
    const end = html.indexOf('>', i);
    if (end === -1) return fail(`Can't find end of tag at byte offset ${byteOffset(html, i)}`);
    const inner = html.slice(i + 1, end);
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim().toLowerCase();
      const top = open.pop();
      if (!top) return fail(`Unexpected end tag at byte offset ${byteOffset(html, i)}`);
      if (top.name !== name) {
        return fail(
          `Unmatched end tag at byte offset ${byteOffset(html, i)}, expected "</${top.name}>", found "</${name}>"`,
        );
      }
    } else {
      const tag =
        /^([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*$/.exec(
          inner,
        );
      if (!tag) return fail(`Unsupported start tag at byte offset ${byteOffset(html, i)}`);
      const name = tag[1]!.toLowerCase();
      if (!SUPPORTED_TAGS.has(name)) {
        return fail(`Unsupported start tag "${name}" at byte offset ${byteOffset(html, i)}`);
      }
      const attributes = tag[2] ?? '';
      if (name === 'a' && !/\bhref\s*=/.test(attributes)) {
        // Telegram drops a link without href silently; a renderer that emits one has a bug.
        return fail(`Tag "a" must have attribute "href" at byte offset ${byteOffset(html, i)}`);
      }
      if (name === 'span' && !/class\s*=\s*["']?tg-spoiler/.test(attributes)) {
        return fail(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(html, i)}`);
      }
      const inside = open.at(-1);
      if (
        inside &&
        (inside.name === 'pre' || inside.name === 'code') &&
        !(inside.name === 'pre' && name === 'code')
      ) {
        return fail(`Entities can't be nested in "${inside.name}" at byte offset ${byteOffset(html, i)}`);
      }
      open.push({ name, at: i });
    }
    i = end + 1;
  }
  const unclosed = open.pop();
  if (unclosed) return fail(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  return { ok: true, text };
}

/** Telegram counts message length in Unicode code points, after entity parsing and trimming. */
export function visibleLength(text: string): number {
  return [...text.trim()].length;
}
