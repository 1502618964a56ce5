import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  className?: string;
}

interface DataTableProps {
  /** The table's accessible name ("Daftar pegawai"). */
  label?: string;
  columns: readonly (string | Column)[];
  /** Adds a last column for the row actions, named "Tindakan" for screen readers only. */
  actions?: boolean;
  /** When set, the body shows this one line instead of rows ("Belum ada pegawai."). */
  empty?: ReactNode;
  /** Classes of the table (after `table`). */
  className?: string;
  /** `tall`: the wrapper scrolls after about 30 rows; `none`: the table stands without a wrapper. */
  wrap?: 'normal' | 'tall' | 'none';
  children?: ReactNode;
}

/** A list screen's table: header row, an empty-state line, the rows; scrolls sideways when narrow. */
export function DataTable({ label, columns, actions = false, empty, className, wrap = 'normal', children }: DataTableProps) {
  const span = columns.length + (actions ? 1 : 0);
  const table = (
    <table className={`table${className ? ` ${className}` : ''}`} aria-label={label}>
      {span > 0 ? (
        <thead>
          <tr>
            {columns.map((column, index) => {
              const { label: text, className: cellClass } = typeof column === 'string' ? { label: column, className: undefined } : column;
              return (
                <th key={index} scope="col" className={cellClass}>
                  {text}
                </th>
              );
            })}
            {actions ? (
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Tindakan</span>
              </th>
            ) : null}
          </tr>
        </thead>
      ) : null}
      <tbody>
        {empty !== undefined && empty !== null && empty !== false ? (
          <tr>
            <td colSpan={span} className="table-empty">
              {empty}
            </td>
          </tr>
        ) : null}
        {children}
      </tbody>
    </table>
  );
  if (wrap === 'none') return table;
  return <div className={`table-wrap${wrap === 'tall' ? ' table-wrap-tall' : ''}`}>{table}</div>;
}
