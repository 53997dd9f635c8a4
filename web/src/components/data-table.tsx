// A table of records: its caption (shown, or for screen readers only), a heading for each column, and the rows,
// in a box that scrolls sideways on a narrow screen.
import type { ReactNode } from 'react';
import { TableScroll } from './table-scroll';

export function DataTable({ caption, hideCaption = false, columns, children }: { caption: string; hideCaption?: boolean; columns: readonly ReactNode[]; children: ReactNode }) {
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
