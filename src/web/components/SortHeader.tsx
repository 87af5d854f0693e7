import type { ReactNode } from 'react';

/** A column header that sorts; `aria-sort` tells screen readers the current order. */
export function SortHeader({
  label,
  active,
  order,
  onSort,
  title,
  className,
}: {
  label: ReactNode;
  active: boolean;
  order: 'asc' | 'desc';
  onSort(): void;
  title?: string;
  className?: string;
}) {
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
      title={title}
    >
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
