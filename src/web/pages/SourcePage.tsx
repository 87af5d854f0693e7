import { useParams, useSearchParams } from 'react-router';
import type { ClaimStatus } from '../../shared/api/claims.js';
import { parseSourceClaimsView, SOURCE_WINDOW_MONTHS as WINDOW_MONTHS } from '../../shared/page-data.js';
import { madeAndCited, SOURCE_TABS, tabLabel } from '../../shared/record-words.js';
import { Handle } from '../../shared/api/common.js';
import { NOT_FOUND_TITLE } from '../../shared/routes.js';
import { isNotFound } from '../api/client.js';
import { useSource, useSourceClaims, useSourceScorecard } from '../api/hooks.js';
import { useAuth } from '../auth.js';
import { AssignForm } from '../components/AssignForm.js';
import { CalibrationChart, RollingChart } from '../charts/lazy.js';
import { CALIBRATION_CHART_HEIGHT, CAPTION_ALLOWANCE, ROLLING_CHART_HEIGHT } from '../charts/sizes.js';
import { ClaimList } from '../components/ClaimList.js';
import { FollowShare } from '../components/FollowShare.js';
import { KindBreakdown } from '../components/KindBreakdown.js';
import { ChartFrame } from '../components/LazyChart.js';
import { ScorecardSummary, totalOf } from '../components/ScorecardSummary.js';
import { Empty, ErrorMessage, Loading } from '../components/Status.js';
import { date } from '../format.js';
import { useTitle } from '../use-title.js';
import { CheckpointWitness } from '../verify/CheckpointWitness.js';
import { NotFoundPage } from './NotFoundPage.js';

export function SourcePage() {
  const { handle = '' } = useParams();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const view = parseSourceClaimsView(params);
  const { status } = view;
  // A handle the API would refuse names no source: the server answers 404 for it too.
  const valid = Handle.safeParse(handle).success;
  const source = useSource(valid ? handle : null);
  const notFound = !valid || (isNotFound(source.error) && !source.data);
  // Its scorecard and claims are asked for with it, but not once it is known not to exist.
  const score = useSourceScorecard(notFound ? null : handle);
  const claims = useSourceClaims(notFound ? null : handle, view);
  useTitle(source.data?.displayName ?? (notFound ? NOT_FOUND_TITLE : `@${handle}`));

  const setStatus = (s: ClaimStatus | null) => {
    const next = new URLSearchParams();
    if (s) next.set('status', s);
    setParams(next, { replace: true });
  };

  if (notFound) return <NotFoundPage />;
  if (source.error && !source.data)
    return <ErrorMessage error={source.error} what={`the source @${handle}`} onRetry={source.reload} />;
  const card = score.data;
  return (
    <article className="page">
      <header className="page-header">
        <p className="eyebrow">Source · {source.data?.kind ?? '\u00a0'}</p>
        <h1>{source.data?.displayName ?? `@${handle}`}</h1>
        <p className="meta">
          @{handle}
          {source.data?.aliases.length ? ` · also ${source.data.aliases.map((a) => `@${a}`).join(', ')}` : ''}
          {source.data?.url && (
            <>
              {' · '}
              <a href={source.data.url} rel="noopener noreferrer">
                {source.data.url.replace(/^https?:\/\//, '')}
              </a>
            </>
          )}
          {card && ` · scored as of ${date(card.asOf)}`}
        </p>
      </header>
      <CheckpointWitness />

      <section aria-labelledby="scorecard-h" className="block">
        <h2 id="scorecard-h">Scorecard</h2>
        {score.error && <ErrorMessage error={score.error} what="the scorecard" onRetry={score.reload} />}
        {!card && !score.error && (
          <div className="scorecard-placeholder">
            <Loading what="the scorecard" />
          </div>
        )}
        {card && <ScorecardSummary card={card.scorecard} counts={card.counts} citedCounts={card.citedCounts} />}
      </section>

      <div className="two-col">
        <section aria-labelledby="rolling-h" className="block">
          <h2 id="rolling-h">Hit rate over time</h2>
          {card && !card.rolling.some((p) => p.n > 0) ? (
            <Empty>No resolved calls in the last {card.rolling.length} months.</Empty>
          ) : (
            <ChartFrame height={ROLLING_CHART_HEIGHT + CAPTION_ALLOWANCE}>
              {card && <RollingChart points={card.rolling} windowMonths={WINDOW_MONTHS} />}
            </ChartFrame>
          )}
        </section>
        <section aria-labelledby="calibration-h" className="block">
          <h2 id="calibration-h">Calibration</h2>
          {card && card.scorecard.nProbabilistic === 0 ? (
            <Empty>This source has not stated probabilities on resolved calls, so there is nothing to calibrate.</Empty>
          ) : (
            <ChartFrame height={CALIBRATION_CHART_HEIGHT + CAPTION_ALLOWANCE}>
              {card && <CalibrationChart bins={card.scorecard.calibration} />}
            </ChartFrame>
          )}
        </section>
      </div>

      <section aria-labelledby="kind-h" className="block">
        <h2 id="kind-h">By kind of call</h2>
        {card ? (
          <KindBreakdown rows={card.byKind.filter((k) => k.scorecard.n > 0)} />
        ) : (
          <div className="kind-placeholder" />
        )}
      </section>

      <section aria-labelledby="claims-h" className="block">
        <h2 id="claims-h">Claims</h2>
        {can('editor') && <AssignForm target={{ source: handle }} label="Assign its open claims to" />}
        {card && totalOf(card.citedCounts) > 0 && (
          <p className="sub">
            {madeAndCited(source.data?.handle ?? handle, totalOf(card.counts), totalOf(card.citedCounts))}
          </p>
        )}
        <div className="tabs" role="group" aria-label="Show claims">
          {SOURCE_TABS.map((s) => (
            <button
              key={s ?? 'all'}
              type="button"
              className="tab"
              aria-pressed={status === s}
              onClick={() => setStatus(s)}
            >
              {tabLabel(s)}
              {card && s && <span className="tab-count">{card.counts[s]}</span>}
              {card && s && card.citedCounts[s] > 0 && <span className="tab-count">+ {card.citedCounts[s]} cited</span>}
            </button>
          ))}
        </div>
        {claims.error && <ErrorMessage error={claims.error} what="the claims" onRetry={claims.reload} />}
        {!claims.data && !claims.error && <Loading what="claims" />}
        {claims.data && claims.data.items.length === 0 && <Empty>No {status ?? ''} claims.</Empty>}
        {claims.data && claims.data.items.length > 0 && (
          <ClaimList claims={claims.data.items} showSources={false} forSource={source.data?.handle ?? handle} />
        )}
        {claims.data?.nextCursor && (
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              setParams((p) => {
                const n = new URLSearchParams(p);
                n.set('cursor', claims.data!.nextCursor!);
                return n;
              })
            }
          >
            More claims →
          </button>
        )}
      </section>

      <FollowShare handle={source.data?.handle ?? handle} />
    </article>
  );
}
