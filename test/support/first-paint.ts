import { expect } from 'vitest';

/** An address as the server first paints it: the HTML, its `#root`, and the API answers it carries inline. */
export interface FirstPaint {
  html: string;
  root: string;
  /** The first (on the leaderboard, the only) preloaded answer: the API address it answers (unescaped) and its body. */
  inline: { url: string; data: unknown } | null;
  /** Every preloaded answer, by the API address it answers (unescaped). */
  inlines: Map<string, unknown>;
  /** The markup of the board table with this aria-label, up to its end ('' when there is none). */
  table: (label: string) => string;
}

/** Fetches `address` (expecting `status`, 200 unless told) and reads its first paint. */
export async function fetchFirstPaint(baseUrl: string, address: string, status = 200): Promise<FirstPaint> {
  const res = await fetch(baseUrl + address);
  expect(res.status, address).toBe(status);
  const html = await res.text();
  const root = html.slice(html.indexOf('<div id="root">'));
  const found = [
    ...html.matchAll(
      /<script type="application\/json" class="preloaded-data" data-url="([^"]+)">([\s\S]*?)<\/script>/g,
    ),
  ].map((m) => ({ url: m[1]!.replace(/&amp;/g, '&'), data: JSON.parse(m[2]!) as unknown }));
  return {
    html,
    root,
    inline: found[0] ?? null,
    inlines: new Map(found.map((f) => [f.url, f.data])),
    table: (label) => {
      const start = root.indexOf(`<div class="table-scroll board-wide" role="region" aria-label="${label}"`);
      return start < 0 ? '' : root.slice(start, root.indexOf('</table>', start));
    },
  };
}

/** The source handles of a table's rows, top to bottom. */
export const handlesIn = (table: string) =>
  [...table.matchAll(/<span class="handle">@(\w+)<\/span>/g)].map((m) => m[1]);
