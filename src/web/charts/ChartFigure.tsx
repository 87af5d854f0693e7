import type { CSSProperties, ReactNode } from 'react';

/**
 * The frame every chart shares: the drawing (hidden from screen readers, who get `label`), its
 * caption, and the same figures as a visually hidden table with `columns` as its header row.
 */
export function ChartFigure({
  label,
  style,
  caption,
  tableCaption,
  columns,
  rows,
  children,
}: {
  label: string;
  /** The drawing's box. */
  style: CSSProperties;
  caption: ReactNode;
  tableCaption: string;
  columns: string[];
  /** The table's body rows. */
  rows: ReactNode;
  /** The drawing, which fills the box. */
  children: ReactNode;
}) {
  return (
    <figure className="chart" aria-label={label}>
      <div style={style} aria-hidden="true">
        {children}
      </div>
      <figcaption>{caption}</figcaption>
      <div className="visually-hidden">
        <table>
          <caption>{tableCaption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      </div>
    </figure>
  );
}
