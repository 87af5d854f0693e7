/** Grey rows the size of the real ones, so the page does not jump when data arrives. */
export function TableSkeleton({ rows, columns, label }: { rows: number; columns: number; label: string }) {
  return (
    <div className="skeleton" role="status" aria-label={label}>
      <span className="visually-hidden">{label}…</span>
      {Array.from({ length: rows }, (_, i) => (
        <div className="skeleton-row" key={i} aria-hidden="true">
          {Array.from({ length: columns }, (_, j) => (
            <span key={j} className="skeleton-cell" />
          ))}
        </div>
      ))}
    </div>
  );
}
