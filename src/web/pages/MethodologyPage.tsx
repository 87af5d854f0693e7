import { Fragment } from 'react';
import { Link } from 'react-router';
import { METHODOLOGY_LEDE, METHODOLOGY_SECTIONS, METHODOLOGY_TITLE, type ProseRun } from '../../shared/methodology.js';
import { useTitle } from '../use-title.js';

/** A paragraph's runs, as the server's first paint writes them (src/server/site/methodology-paint.ts). */
function Prose({ runs }: { runs: ProseRun[] }) {
  return runs.map((run, i) =>
    typeof run === 'string' ? (
      <Fragment key={i}>{run}</Fragment>
    ) : 'strong' in run ? (
      <strong key={i}>{run.strong}</strong>
    ) : 'em' in run ? (
      <em key={i}>{run.em}</em>
    ) : (
      <Link key={i} to={run.to}>
        {run.link}
      </Link>
    ),
  );
}

/** SCORING.md in plain words: what each number on the leaderboard and a source's page means (shared/methodology.ts). */
export function MethodologyPage() {
  useTitle(METHODOLOGY_TITLE);
  return (
    <article className="page prose methodology">
      <header className="page-header">
        <h1>{METHODOLOGY_TITLE}</h1>
        <p className="lede">
          <Prose runs={METHODOLOGY_LEDE} />
        </p>
      </header>
      {METHODOLOGY_SECTIONS.map((section) => (
        <section key={section.id} id={section.id} className="block">
          <h2>{section.heading}</h2>
          {section.paragraphs.map((runs, i) => (
            <p key={i}>
              <Prose runs={runs} />
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
