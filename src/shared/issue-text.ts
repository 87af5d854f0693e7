// An issue's text as published, cut into the runs its page draws (the claims' spans and the house
// format's markup), shared by the web app's components/HighlightedText.tsx and the server's first paint.

/** A highlighted range of a text. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

export type Segment<S extends Span> = { text: string; span: S | null };

/** Cuts text into plain and highlighted segments; overlapping spans are clipped to the earlier one. */
export function segmentText<S extends Span>(text: string, spans: S[]): Segment<S>[] {
  const sorted = spans
    .filter((s) => s.end > s.start && s.start < text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<S>[] = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), span: null });
    out.push({ text: text.slice(start, end), span: s });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), span: null });
  return out;
}

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

/** A run of shown text: plain, bold, or a heading's. */
export interface FormattedRun {
  at: number;
  text: string;
  kind: 'plain' | 'strong' | 'heading';
}

/** The text of [start, end) as runs, with the markup hidden and bold or heading runs marked. */
export function formattedRuns(text: string, start: number, end: number, f: IssueFormat): FormattedRun[] {
  const cuts = new Set([start, end]);
  for (const r of [...f.hidden, ...f.strong, ...f.heading])
    for (const at of [r.start, r.end]) if (at > start && at < end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: FormattedRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (inside(f.hidden, a)) continue;
    const kind = inside(f.heading, a) ? 'heading' : inside(f.strong, a) ? 'strong' : 'plain';
    runs.push({ at: a, text: text.slice(a, b), kind });
  }
  return runs;
}
