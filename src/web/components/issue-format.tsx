import type { ReactNode } from 'react';

/** A range of the issue text, [start, end). */
interface Range {
  start: number;
  end: number;
}

/** Where the house format's markup sits: markers to hide, and the text they make bold or a heading. */
export interface IssueFormat {
  hidden: Range[];
  strong: Range[];
  heading: Range[];
}

/**
 * Finds the house format's `**bold**` pairs and `## heading` lines. Offsets stay those of the text as
 * published (claims are highlighted by them), so the markup is hidden in place rather than removed.
 */
export function issueFormat(text: string): IssueFormat {
  const out: IssueFormat = { hidden: [], strong: [], heading: [] };
  for (const m of text.matchAll(/^(#{1,6}[ \t]+)(.*)$/gm)) {
    out.hidden.push({ start: m.index, end: m.index + m[1]!.length });
    out.heading.push({ start: m.index + m[1]!.length, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(/\*\*(?=\S)([^*\n]*?\S)\*\*/g)) {
    out.hidden.push(
      { start: m.index, end: m.index + 2 },
      { start: m.index + m[0].length - 2, end: m.index + m[0].length },
    );
    out.strong.push({ start: m.index + 2, end: m.index + m[0].length - 2 });
  }
  return out;
}

const inside = (ranges: Range[], at: number) => ranges.some((r) => r.start <= at && at < r.end);

/**
 * The text of [start, end) as text nodes only (never HTML: the text is the editor's), with the markup
 * hidden and bold or heading runs wrapped in elements.
 */
export function formatted(text: string, start: number, end: number, f: IssueFormat): ReactNode[] {
  const cuts = new Set([start, end]);
  for (const r of [...f.hidden, ...f.strong, ...f.heading])
    for (const at of [r.start, r.end]) if (at > start && at < end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const nodes: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (inside(f.hidden, a)) continue;
    const piece = text.slice(a, b);
    if (inside(f.heading, a))
      nodes.push(
        <strong key={a} className="issue-heading">
          {piece}
        </strong>,
      );
    else if (inside(f.strong, a)) nodes.push(<strong key={a}>{piece}</strong>);
    else nodes.push(piece);
  }
  return nodes;
}
