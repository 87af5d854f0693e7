/** What a page says about itself in the HTML head: its title, description and link-preview tags. */
export interface PageHead {
  title: string;
  description: string;
  /** Absolute URL of the page (og:url, canonical). */
  url: string;
  /** og:type: "article" for a claim or issue, "profile" for a source, else "website". */
  type?: 'website' | 'article' | 'profile';
  /**
   * Absolute URL of a raster preview image (PNG/JPEG), when there is one. Never the SVG badge:
   * Twitter and Facebook reject SVG previews, so a page without a raster image says `summary`.
   */
  image?: string | null;
  noindex?: boolean;
  /** The instance runs the demo ledger: the web app shows a banner saying so on every page. */
  demo?: boolean;
}

export const SITE_NAME = 'Track Record';
export const SITE_DESCRIPTION =
  'Track Record: every prediction a newsletter publishes, logged in a hash-chained ledger, graded when it comes due, and ranked by accuracy.';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Shortens text to `max` characters on a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

function tags(head: PageHead): string {
  const title = head.title === SITE_NAME ? SITE_NAME : `${head.title} · ${SITE_NAME}`;
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const lines = [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', head.description),
    `<link rel="canonical" href="${escapeHtml(head.url)}" />`,
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:type', head.type ?? 'website'),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', head.url),
    meta('name', 'twitter:card', head.image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
  ];
  if (head.image) lines.push(meta('property', 'og:image', head.image), meta('name', 'twitter:image', head.image));
  if (head.noindex) lines.push(meta('name', 'robots', 'noindex'));
  if (head.demo) lines.push(meta('name', 'track-record-demo', 'on'));
  return lines.join('\n    ');
}

/**
 * The built index.html with its generic title and description replaced by the page's own.
 * The template's `<title>` and description are removed wherever they are, so a rebuilt
 * index.html with other attributes still gets exactly one of each.
 */
export function renderShell(template: string, head: PageHead): string {
  const stripped = template
    .replace(/<title>[\s\S]*?<\/title>\s*/i, '')
    .replace(/<meta\s+name="description"[\s\S]*?\/?>\s*/i, '');
  return stripped.replace(/<\/head>/i, `  ${tags(head)}\n  </head>`);
}
