/**
 * Sources of a claim (TIME-WINDOWS.md, "What counts as a claim", Sources): the `@handles` cited for the item —
 * `(via @a)`, `(via @a and @b)`, `(via @a, @b)`, `@a/@b`, `(via @a vs. @b)`, `per @x`, `h/t @y`, "@x reports
 * that …"; in Desk Notes the leading handle. Only @handles count; they are returned lower-case with the `@`.
 */

function isHandleChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** ¹ ² ³ and ⁰ ⁴ … ⁹: footnote markers. */
function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);
}

/** Every `@handle` in `text`, lower-cased, first occurrence first (an `@` inside an e-mail address does not count). */
export function handlesIn(text: string): string[] {
  const out: string[] = [];
  for (let i = text.indexOf('@'); i >= 0 && i < text.length; i = text.indexOf('@', i + 1)) {
    if (i > 0 && isHandleChar(text.charCodeAt(i - 1))) continue;
    let k = i + 1;
    while (k < text.length && isHandleChar(text.charCodeAt(k))) k++;
    if (k === i + 1) continue;
    const h = text.slice(i, k).toLowerCase();
    if (!out.includes(h)) out.push(h);
    i = k - 1;
  }
  return out;
}

/** The handle leading a Desk Note ("@allin (Sam Altman) — …"), or null. */
export function leadingHandle(text: string): string | null {
  const t = text.trimStart();
  if (!t.startsWith('@')) return null;
  return handlesIn(t.slice(0, 64))[0] ?? null;
}

const ATTRIBUTION_OPENERS = ['via ', 'h/t ', 'ht ', 'hat tip', 'per ', 'source', 'sources', '@', 'cc ', 'from '];

/**
 * Where a trailing attribution starts in `text` ("… velocity (via @bindureddy)" → the index of " (via"),
 * or `text.length` when there is none. Only a parenthetical at the very end counts.
 */
export function trailingAttribution(text: string): number {
  let end = text.length;
  // A footnote marker after the attribution ("… (via @OPG).⁴") belongs to the sentence's end, not the claim.
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '.' || isSuperscriptDigit(text.charCodeAt(end - 1))))
    end--;
  if (text[end - 1] !== ')') return text.length;
  const open = text.lastIndexOf('(', end - 1);
  if (open < 0 || end - open > 200) return text.length;
  const inner = text
    .slice(open + 1, end - 1)
    .trimStart()
    .toLowerCase();
  if (!ATTRIBUTION_OPENERS.some((o) => inner.startsWith(o)) || !inner.includes('@')) return text.length;
  let cut = open;
  while (cut > 0 && text[cut - 1] === ' ') cut--;
  return cut;
}

/** An attribution parenthesis `[start, end)` inside an item ("(via @a)", "(h/t @b)", "(per @c)"). */
export interface AttributionSpan {
  start: number;
  end: number;
  handles: string[];
}

/** Every attribution parenthesis of `text`, in order (a parenthesis holding an @handle after an opener). */
export function attributionSpans(text: string): AttributionSpan[] {
  const out: AttributionSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') open = i;
    else if (c === ')' && open >= 0) {
      const inner = text
        .slice(open + 1, i)
        .trimStart()
        .toLowerCase();
      if (i - open <= 200 && inner.includes('@') && ATTRIBUTION_OPENERS.some((o) => inner.startsWith(o)))
        out.push({ start: open, end: i + 1, handles: handlesIn(inner) });
      open = -1;
    }
  }
  return out;
}
