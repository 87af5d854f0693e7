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
