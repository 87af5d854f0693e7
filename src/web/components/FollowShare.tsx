import { useState } from 'react';

function CopyField({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="copy-field">
      <label>
        <span>{label}</span>
        <input readOnly value={value} onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" className="button secondary" onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}

/** A source's own feeds, and the badge and scorecard a newsletter can put on its pages. */
export function FollowShare({ handle }: { handle: string }) {
  const origin = window.location.origin;
  const h = encodeURIComponent(handle);
  const badge = `${origin}/api/sources/${h}/badge.svg`;
  const page = `${origin}/sources/${h}`;
  const embed = `${origin}/embed/sources/${h}`;
  return (
    <div className="two-col follow-share">
      <section aria-labelledby="follow-h" className="block">
        <h2 id="follow-h">Follow @{handle}</h2>
        <ul className="plain-list">
          <li>
            <a href={`/api/feeds/due.ics?source=${h}`}>Calendar of @{handle}’s resolution dates</a>{' '}
            <span className="sub">(iCalendar: add it to any calendar app)</span>
          </li>
          <li>
            <a href={`/api/feeds/resolutions.atom?source=${h}`}>Feed of @{handle}’s resolutions</a>{' '}
            <span className="sub">(Atom: for a feed reader)</span>
          </li>
        </ul>
      </section>
      <section aria-labelledby="share-h" className="block">
        <h2 id="share-h">Share this record</h2>
        <p className="badge-preview">
          <img src={`/api/sources/${h}/badge.svg`} alt={`@${handle}'s record badge`} />{' '}
          <img src={`/api/sources/${h}/badge.svg?theme=dark`} alt={`@${handle}'s record badge, dark`} />
        </p>
        <CopyField
          label="Badge (HTML)"
          value={`<a href="${page}"><img src="${badge}" alt="@${handle} on Track Record" /></a>`}
        />
        <CopyField label="Badge (Markdown)" value={`[![@${handle} on Track Record](${badge})](${page})`} />
        <CopyField
          label="Scorecard (iframe)"
          value={`<iframe src="${embed}" width="320" height="150" style="border:0" title="@${handle} on Track Record"></iframe>`}
        />
        <p className="sub">
          Add ?theme=dark to the badge or scorecard address for dark pages. Both update as calls resolve.
        </p>
      </section>
    </div>
  );
}
