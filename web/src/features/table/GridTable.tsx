import { flexRender, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from '../../i18n/messages';
import { GridModel, type GridView } from './gridModel';

export { atLeast, gridCsv, type GridColumnMeta, type GridView } from './gridModel';

/** Rows drawn at once; the rest come with "show more" (5,000 rows would be slow to tab through). */
const PAGE = 200;

interface Props<Row> {
  /** Names the grid's inputs and buttons for tests (`nodes`, `relationships`). */
  name: string;
  caption: string;
  data: Row[];
  columns: ColumnDef<Row, unknown>[];
  initialSort: SortingState;
  rowId(row: Row): string;
  rowClass?(row: Row): string | undefined;
  /** Called with the grid as filtered and sorted (the Copy as CSV toolbar reads it). */
  children(view: GridView<Row>): React.ReactNode;
}

/**
 * A data grid over TanStack Table: a sort button in each sortable header (aria-sort says the
 * order), a filter under each filterable one, rows drawn a page at a time. The table engine lives
 * in a GridModel; this component only reads its snapshots.
 */
export function GridTable<Row>({ name, caption, data, columns, initialSort, rowId, rowClass, children }: Props<Row>) {
  const t = useT();
  const [model] = useState(() => new GridModel({ data, columns, initialSort, rowId }));
  // The canvas (or the language) changed: the engine takes the new rows and columns.
  useEffect(() => model.setData(data, columns), [model, data, columns]);
  const view = useSyncExternalStore(model.subscribe, model.getView);
  const [shown, setShown] = useState(PAGE);
  const { rows } = view;

  return (
    <>
      {children(view)}
      <div className="table-scroll">
        <table data-testid={`grid-${name}`} data-rows={rows.length}>
          <caption>
            {caption} — {t.workbench.grid.rows(rows.length, data.length)}
          </caption>
          <thead>
            <tr>
              {view.columns.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={column.sorted === 'asc' ? 'ascending' : column.sorted === 'desc' ? 'descending' : undefined}
                >
                  {column.canSort ? (
                    <button
                      type="button"
                      className="sort"
                      onClick={(event) => model.toggleSort(column.id, event.shiftKey)}
                      aria-label={t.workbench.grid.sortBy(column.title)}
                      data-testid={`grid-sort-${name}-${column.id}`}
                    >
                      {flexRender(column.header.column.columnDef.header, column.header.getContext())}
                      <span aria-hidden="true">{column.sorted === 'asc' ? ' ▲' : column.sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                    </button>
                  ) : (
                    flexRender(column.header.column.columnDef.header, column.header.getContext())
                  )}
                </th>
              ))}
            </tr>
            <tr className="filters">
              {view.columns.map((column) => (
                <td key={column.id}>
                  {column.meta?.filter && (
                    <input
                      type={column.meta.filter === 'min' ? 'number' : 'search'}
                      min={column.meta.filter === 'min' ? 0 : undefined}
                      placeholder={column.meta.filter === 'min' ? '≥' : ''}
                      value={column.filter}
                      onChange={(event) => {
                        model.setFilter(column.id, event.target.value);
                        setShown(PAGE);
                      }}
                      aria-label={t.workbench.grid.filter(column.title)}
                      data-testid={`grid-filter-${name}-${column.id}`}
                    />
                  )}
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row) => (
              <tr key={row.id} data-id={row.id} className={rowClass?.(row.original)}>
                {row.getVisibleCells().map((cell, index) =>
                  index === 0 ? (
                    <th key={cell.id} scope="row">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </th>
                  ) : (
                    <td key={cell.id} className={cell.column.id === 'actions' ? 'row-actions' : undefined}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > shown && (
          <button type="button" onClick={() => setShown(shown + PAGE)}>
            {t.expand.more(rows.length - shown)}
          </button>
        )}
      </div>
    </>
  );
}
