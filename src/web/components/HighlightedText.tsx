import { useMemo, type ReactNode } from 'react';
import { segmentText, type Span } from './highlight.js';
import { formatted, issueFormat } from './issue-format.js';

/**
 * The text exactly as published, with each span rendered by `renderMark`. With `readable`, the house
 * format's `**bold**` and `## heading` markup is shown as bold text instead of as asterisks and hashes.
 */
export function HighlightedText<S extends Span>({
  text,
  spans,
  renderMark,
  readable = false,
}: {
  text: string;
  spans: S[];
  renderMark(span: S, text: ReactNode): ReactNode;
  readable?: boolean;
}) {
  const format = useMemo(() => (readable ? issueFormat(text) : null), [readable, text]);
  let at = 0;
  return (
    <div className="issue-text">
      {segmentText(text, spans).map((seg, i) => {
        const start = at;
        at += seg.text.length;
        const shown = format ? formatted(text, start, at, format) : seg.text;
        return seg.span ? (
          <span key={`${seg.span.id}-${i}`}>{renderMark(seg.span, shown)}</span>
        ) : (
          <span key={i}>{shown}</span>
        );
      })}
    </div>
  );
}
