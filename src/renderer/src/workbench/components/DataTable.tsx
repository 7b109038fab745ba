import type { ReactNode } from 'react';
import { navigateList } from './listNavigation';
import './dataTable.css';

export interface Column {
  readonly key: string;
  readonly title: string;
  readonly align?: 'left' | 'right';
  readonly width?: string;
}

export interface Row {
  readonly key: string;
  readonly cells: Readonly<Record<string, ReactNode>>;
  readonly muted?: boolean;
}

interface DataTableProps {
  readonly label: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** Enter or double-click on a row. */
  readonly onActivate?: (key: string) => void;
}

/** A dense, read-only table (22px rows) for lists of facts. Cells are React nodes, never HTML. */
export function DataTable({ label, columns, rows, onActivate }: DataTableProps) {
  return (
    <table className="data-table" aria-label={label} onKeyDown={onActivate && navigateList}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" style={{ width: column.width, textAlign: column.align ?? 'left' }}>
              {column.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            className={row.muted ? 'muted' : undefined}
            tabIndex={onActivate ? 0 : undefined}
            data-nav-item={onActivate ? true : undefined}
            onDoubleClick={onActivate && (() => onActivate(row.key))}
            onKeyDown={onActivate && ((e) => e.key === 'Enter' && onActivate(row.key))}
          >
            {columns.map((column) => (
              <td key={column.key} style={{ textAlign: column.align ?? 'left' }}>
                {row.cells[column.key]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
