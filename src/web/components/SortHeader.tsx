import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A column header that sorts: a link to the address of that order, so it works (and opens in a new
 * tab) without the app, and the router follows it in place when the app runs; `aria-sort` tells
 * screen readers the current order.
 */
export function SortHeader({
  label,
  active,
  order,
  href,
  title,
  className,
}: {
  label: ReactNode;
  active: boolean;
  order: 'asc' | 'desc';
  href: string;
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
      <Link to={href} className="sort-button">
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </Link>
    </th>
  );
}
