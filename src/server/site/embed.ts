import { escapeHtml } from './head.js';
import { recordPhrase, type SourceRecord } from './record.js';

/**
 * The embeddable scorecard: a small self-contained page (no script, inline style) for an
 * <iframe> in a newsletter or blog, linking back to the source's full record.
 */
export function embedHtml(record: SourceRecord, sourceUrl: string, theme: 'light' | 'dark'): string {
  const dark = theme === 'dark';
  const pct = record.hitRate === null ? '—' : `${Math.round(record.hitRate * 100)}%`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="robots" content="noindex" />
<title>${escapeHtml(`@${record.handle} on Track Record`)}</title>
<style>
  body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
    background: ${dark ? '#111827' : '#ffffff'}; color: ${dark ? '#e5e7eb' : '#1f2937'}; }
  .card { box-sizing: border-box; border: 1px solid ${dark ? '#374151' : '#d0d5dd'}; border-radius: 8px; padding: 12px 14px; height: 100vh; }
  .who { font-weight: 600; } .handle { color: ${dark ? '#9ca3af' : '#6b7280'}; }
  .rate { font-size: 28px; font-weight: 700; margin: 4px 0 0; color: ${dark ? '#93c5fd' : '#1d4ed8'}; }
  .line { margin: 0; } a { color: inherit; }
  .foot { font-size: 12px; color: ${dark ? '#9ca3af' : '#6b7280'}; margin-top: 6px; }
</style></head>
<body><div class="card">
  <div class="who">${escapeHtml(record.displayName)} <span class="handle">@${escapeHtml(record.handle)}</span></div>
  <p class="rate">${pct}</p>
  <p class="line">${escapeHtml(recordPhrase(record))} resolved right · ${record.open} open</p>
  <p class="foot"><a href="${escapeHtml(sourceUrl)}" target="_blank" rel="noopener">Full record on Track Record</a> · as of ${escapeHtml(record.asOf)}</p>
</div></body></html>`;
}
