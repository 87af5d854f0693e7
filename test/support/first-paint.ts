import { expect } from 'vitest';

/** A leaderboard address as the server first paints it: the HTML, its `#root`, and the board it carries inline. */
export interface FirstPaint {
  html: string;
  root: string;
  /** The preloaded data: the API address it answers (unescaped) and its body. */
  inline: { url: string; data: unknown } | null;
  /** The markup of the board table with this aria-label, up to its end ('' when there is none). */
  table: (label: string) => string;
}

/** Fetches `address` (expecting 200) and reads its first paint. */
export async function fetchFirstPaint(baseUrl: string, address: string): Promise<FirstPaint> {
  const res = await fetch(baseUrl + address);
  expect(res.status, address).toBe(200);
  const html = await res.text();
  const root = html.slice(html.indexOf('<div id="root">'));
  const m = /<script type="application\/json" id="preloaded-data" data-url="([^"]+)">([\s\S]*?)<\/script>/.exec(html);
  return {
    html,
    root,
    inline: m ? { url: m[1]!.replace(/&amp;/g, '&'), data: JSON.parse(m[2]!) as unknown } : null,
    table: (label) => {
      const start = root.indexOf(`<div class="table-scroll board-wide" role="region" aria-label="${label}"`);
      return start < 0 ? '' : root.slice(start, root.indexOf('</table>', start));
    },
  };
}

/** The source handles of a table's rows, top to bottom. */
export const handlesIn = (table: string) =>
  [...table.matchAll(/<span class="handle">@(\w+)<\/span>/g)].map((m) => m[1]);
