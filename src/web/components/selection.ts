/**
 * Character offsets of the current selection inside a rendered text whose pieces carry
 * `data-offset` (the piece's start in the original text) and hold only a text node.
 */
export function selectionOffsets(root: HTMLElement): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const at = (node: Node, offset: number): number | null => {
    if (!root.contains(node)) return null;
    const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>(
      '[data-offset]',
    );
    if (!el || !root.contains(el)) return null;
    const base = Number(el.dataset.offset);
    return node.nodeType === Node.TEXT_NODE ? base + offset : base;
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
