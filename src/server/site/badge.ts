import { escapeHtml } from './head.js';
import { recordPhrase, type SourceRecord } from './record.js';

import type { BADGE_THEMES } from '../../shared/api/share.js';

export type BadgeTheme = (typeof BADGE_THEMES)[number];

const COLOURS: Record<BadgeTheme, { left: string; right: string; text: string; rightText: string; border: string }> = {
  light: { left: '#f1f3f6', right: '#ffffff', text: '#1f2937', rightText: '#1d4ed8', border: '#d0d5dd' },
  dark: { left: '#1f2430', right: '#111827', text: '#e5e7eb', rightText: '#93c5fd', border: '#374151' },
};

/**
 * Width of text at 11px in Verdana, without a font to measure with: ~6.9px a character, wider
 * for capitals, a tenth wider in bold. Each text is also drawn to exactly this width
 * (`textLength`), so a fallback font can never run past its half of the badge.
 */
function textWidth(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) w += /[A-Z%@mw]/.test(ch) ? 9 : /[il.,'·| ]/.test(ch) ? 4 : 6.9;
  return Math.ceil(bold ? w * 1.1 : w);
}

/** "@handle · 64% of 25 calls" as a badge, readable on a light or a dark page. */
export function badgeSvg(record: Pick<SourceRecord, 'handle' | 'hitRate' | 'scored'>, theme: BadgeTheme): string {
  const c = COLOURS[theme];
  const left = `@${record.handle}`;
  const right = recordPhrase(record);
  const ltw = textWidth(left);
  const rtw = textWidth(right, true);
  const lw = ltw + 16;
  const rw = rtw + 16;
  const w = lw + rw;
  const label = `${left} · ${right} on Track Record`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="22" viewBox="0 0 ${w} 22" role="img" aria-label="${escapeHtml(label)}">
<title>${escapeHtml(label)}</title>
<rect x="0.5" y="0.5" width="${w - 1}" height="21" rx="4" fill="${c.right}" stroke="${c.border}"/>
<path d="M4.5 0.5h${lw - 4}v21h-${lw - 4}a4 4 0 0 1-4-4v-13a4 4 0 0 1 4-4z" fill="${c.left}" stroke="${c.border}"/>
<g font-family="Verdana,DejaVu Sans,Segoe UI,sans-serif" font-size="11">
<text x="8" y="15" fill="${c.text}" textLength="${ltw}" lengthAdjust="spacingAndGlyphs">${escapeHtml(left)}</text>
<text x="${lw + 8}" y="15" fill="${c.rightText}" font-weight="bold" textLength="${rtw}" lengthAdjust="spacingAndGlyphs">${escapeHtml(right)}</text>
</g>
</svg>`;
}
