/** Telegram's limit on a message's text, counted after entity parsing. */
export const TELEGRAM_TEXT_LIMIT = 4096;

type Unit =
  | { kind: 'text'; raw: string; char: string; size: number }
  | { kind: 'open'; raw: string; name: string }
  | { kind: 'close'; raw: string; name: string };

const ENTITY_CHARS: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' };

/** A tag as the tokenizer reads one (the first alternative of its pattern). */
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*[^>]*>/gu;

function tokenize(html: string): Unit[] {
  const units: Unit[] = [];
  const pattern = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>|&(?:#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|[\s\S]/gu;
  for (const match of html.matchAll(pattern)) {
    const raw = match[0];
    if (match[2] !== undefined) {
      units.push({ kind: match[1] ? 'close' : 'open', raw, name: match[2].toLowerCase() });
    } else if (raw.length > 1 && raw.startsWith('&')) {
      // An entity is one visible character (two UTF-16 units at most); never cut inside it.
      units.push({
        kind: 'text',
        raw,
        char: ENTITY_CHARS[raw] ?? '\u{fffd}',
        size: ENTITY_CHARS[raw] ? 1 : 2,
      });
    } else {
      units.push({ kind: 'text', raw, char: raw, size: raw.length });
    }
  }
  return units;
}

/** How good a place it is to end a part after `char`: paragraph 3, line 2, word 1, anywhere 0. */
function breakRank(char: string, previous: string): number {
  if (char === '\n') return previous === '\n' ? 3 : 2;
  return /\s/.test(char) ? 1 : 0;
}

const isBlank = (unit: Unit): boolean => unit.kind === 'text' && /\s/.test(unit.char);

function render(prefix: Unit[], body: Unit[], stillOpen: Unit[]): string {
  let end = body.length;
  while (end > 0 && isBlank(body[end - 1]!)) end -= 1;
  const closing = [...stillOpen].reverse().map((u) => `</${(u as { name: string }).name}>`);
  return [...prefix, ...body.slice(0, end)].map((u) => u.raw).join('') + closing.join('');
}

/**
 * Splits Telegram HTML into messages of at most `limit` visible characters (UTF-16 units, which is never
 * fewer than Telegram's count): at paragraph breaks when it can, else at line breaks, then spaces, then
 * anywhere but inside an entity or a character. Tags open at a cut are closed at the end of one part
 * and opened again at the start of the next, so every part is valid on its own.
 */
export function splitHtml(html: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  if (limit < 2) throw new RangeError('splitHtml: limit must be at least 2');
  return html.length <= limit ? wholeMessage(html) : splitTokenized(html, limit);
}

/**
 * The fast path for the usual answer, one that fits: no tag or entity makes the visible text longer
 * than the markup, so markup within the limit is one message. The result is what
 * {@link splitTokenized} gives for it: blank edges trimmed, nothing when nothing would show.
 */
function wholeMessage(html: string): string[] {
  const trimmed = html.replace(/^\s+|\s+$/gu, '');
  return /\S/u.test(trimmed.replace(TAG, '')) ? [trimmed] : [];
}

/**
 * The general path of {@link splitHtml}, tokenizing the whole text; exported so tests can hold the
 * fast path to it.
 */
export function splitTokenized(html: string, limit: number): string[] {
  const units = tokenize(html);
  const parts: string[] = [];
  let reopen: Unit[] = [];
  let start = 0;
  while (start < units.length) {
    while (start < units.length && isBlank(units[start]!)) start += 1;
    if (start >= units.length) break;
    const stack = [...reopen];
    const best: ({ end: number; stack: Unit[] } | undefined)[] = [];
    let size = 0;
    let previous = '';
    let at = start;
    for (; at < units.length; at += 1) {
      const unit = units[at]!;
      if (unit.kind === 'text') {
        if (size + unit.size > limit) break;
        size += unit.size;
        best[breakRank(unit.char, previous)] = { end: at + 1, stack: [...stack] };
        previous = unit.char;
      } else if (unit.kind === 'open') stack.push(unit);
      else stack.pop();
    }
    if (at >= units.length) {
      parts.push(render(reopen, units.slice(start), []));
      break;
    }
    const cut = best[3] ?? best[2] ?? best[1] ?? best[0]!;
    // Tags that close right at the cut belong to this part, not as empty pairs to the next.
    while (units[cut.end]?.kind === 'close' && cut.stack.length > 0) {
      cut.stack = cut.stack.slice(0, -1);
      cut.end += 1;
    }
    parts.push(render(reopen, units.slice(start, cut.end), cut.stack));
    reopen = cut.stack;
    start = cut.end;
  }
  return parts.filter((part) => tokenize(part).some((u) => u.kind === 'text' && !isBlank(u)));
}
