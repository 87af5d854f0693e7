import type { ReactNode } from 'react';
import { segmentText, type Span } from './highlight.js';

/** The text exactly as published, with each span rendered by `renderMark`. */
export function HighlightedText<S extends Span>({
  text,
  spans,
  renderMark,
}: {
  text: string;
  spans: S[];
  renderMark(span: S, text: string): ReactNode;
}) {
  return (
    <div className="issue-text">
      {segmentText(text, spans).map((seg, i) =>
        seg.span ? (
          <span key={`${seg.span.id}-${i}`}>{renderMark(seg.span, seg.text)}</span>
        ) : (
          <span key={i}>{seg.text}</span>
        ),
      )}
    </div>
  );
}
