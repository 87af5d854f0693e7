import type { ReactNode } from 'react';
import { formattedRuns, type IssueFormat } from '../../shared/issue-text.js';

export { issueFormat, type IssueFormat } from '../../shared/issue-text.js';

/**
 * The text of [start, end) as text nodes only (never HTML: the text is the editor's), with the markup
 * hidden and bold or heading runs wrapped in elements.
 */
export function formatted(text: string, start: number, end: number, f: IssueFormat): ReactNode[] {
  return formattedRuns(text, start, end, f).map((r) =>
    r.kind === 'heading' ? (
      <strong key={r.at} className="issue-heading">
        {r.text}
      </strong>
    ) : r.kind === 'strong' ? (
      <strong key={r.at}>{r.text}</strong>
    ) : (
      r.text
    ),
  );
}
