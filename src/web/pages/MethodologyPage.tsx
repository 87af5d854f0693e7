import { Link } from 'react-router';
import { useTitle } from '../use-title.js';

/** SCORING.md in plain words: what each number on the leaderboard and a source's page means. */
export function MethodologyPage() {
  useTitle('How the numbers work');
  return (
    <article className="page prose methodology">
      <header className="page-header">
        <h1>How the numbers work</h1>
        <p className="lede">
          Every figure on the <Link to="/">leaderboard</Link> and on a source’s page comes from the resolved calls in
          the public <Link to="/ledger">ledger</Link>, by the rules below.
        </p>
      </header>

      <section id="what-counts" className="block">
        <h2>Which calls count</h2>
        <p>
          A source is scored on the calls it <strong>made</strong>. Being quoted or cited in someone else’s call does
          not count for or against it. A call counts once a reviewer has resolved it: true, false, partly true (with the
          share of credit the reviewer gave, for example 0.25), or void. Void calls — ambiguous, withdrawn, or whose
          condition never happened — are counted apart and left out of every score.
        </p>
      </section>

      <section id="hit-rate" className="block">
        <h2>Hit rate</h2>
        <p>
          The share of resolved calls that came true, with partly-true calls counting their share: 7 true, 2 false and
          one at 0.5 credit is 7.5 of 10, a 75% hit rate. A call stated at exactly 50% makes no call either way and is
          left out of the hit rate.
        </p>
      </section>

      <section id="interval" className="block">
        <h2>The 95% interval</h2>
        <p>
          A hit rate from a handful of calls could easily be luck. The interval (a Wilson interval) is the range of true
          hit rates that fit the record: 2 of 2 gives 34–100%, 40 of 50 gives 67–89%. Wide means “too few calls to say”.
        </p>
      </section>

      <section id="adjusted" className="block">
        <h2>Adjusted rate — the ranking</h2>
        <p>
          Sources are ranked by the hit rate <em>adjusted for sample size</em>: each source starts as if it had 10 extra
          calls at the average hit rate of all sources, and its own calls pull it from there. A source that went 2 for 2
          lands a little above average, not at 100%; a source with 50 good calls ranks on its own record. With nothing
          resolved there is no adjusted rate at all.
        </p>
        <p>
          <strong>Provisional</strong> sources have fewer than 5 resolved calls: they keep their rank but are shown
          apart, because their place can still move a lot.
        </p>
      </section>

      <section id="brier" className="block">
        <h2>Brier score</h2>
        <p>
          For calls with a stated probability (“70% likely”): the square of the gap between the probability and what
          happened (1 if it came true, 0 if not), averaged. 0 is perfect; always saying 50% scores 0.25; confident and
          wrong approaches 1. It is shown next to a source but not used for ranking, because most calls carry no
          probability.
        </p>
      </section>

      <section id="baseline" className="block">
        <h2>Baseline score</h2>
        <p>
          The same probabilistic calls measured against a coin flip, on a scale where a coin flip scores 0 and a
          perfect, certain forecast about 100. A negative score means the stated probabilities did worse than saying 50%
          every time — which is how a source can have a good hit rate and a negative baseline score: it was right more
          often than not, but said it was more certain than it turned out to be.
        </p>
      </section>

      <section id="calibration" className="block">
        <h2>Calibration</h2>
        <p>
          Calls are grouped by stated probability (50–60%, 60–70%, …). A well-calibrated source’s “70%” calls come true
          about 70% of the time, so its dots sit on the diagonal. Dots below it mean overconfidence, above it
          underconfidence. Groups with fewer than 3 calls are drawn faded: too few to read much into.
        </p>
      </section>

      <section id="over-time" className="block">
        <h2>Hit rate over time</h2>
        <p>
          Each month’s point is the hit rate of the calls resolved in the six months up to it, with its interval shaded,
          so a change in form shows without one call swinging the line.
        </p>
      </section>
    </article>
  );
}
