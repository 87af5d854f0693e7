import { METHODOLOGY_LEDE, METHODOLOGY_SECTIONS, METHODOLOGY_TITLE, type ProseRun } from '../../shared/methodology.js';
import { escapeHtml as e } from './head.js';

/** A paragraph's runs as pages/MethodologyPage.tsx renders them, its links plain links. */
const proseHtml = (runs: ProseRun[]) =>
  runs
    .map((run) =>
      typeof run === 'string'
        ? e(run)
        : 'strong' in run
          ? `<strong>${e(run.strong)}</strong>`
          : 'em' in run
            ? `<em>${e(run.em)}</em>`
            : `<a href="${e(run.to)}">${e(run.link)}</a>`,
    )
    .join('');

/**
 * pages/MethodologyPage.tsx as the app renders it, from the same prose (shared/methodology.ts): the
 * whole page without a script, each section at its anchor, and nothing for the app to move.
 */
export function methodologyPageHtml(): string {
  return [
    '<article class="page prose methodology"><header class="page-header">',
    `<h1>${e(METHODOLOGY_TITLE)}</h1><p class="lede">${proseHtml(METHODOLOGY_LEDE)}</p></header>`,
    ...METHODOLOGY_SECTIONS.map(
      (s) =>
        `<section id="${e(s.id)}" class="block"><h2>${e(s.heading)}</h2>${s.paragraphs.map((p) => `<p>${proseHtml(p)}</p>`).join('')}</section>`,
    ),
    '</article>',
  ].join('');
}
