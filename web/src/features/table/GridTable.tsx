import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type SortingState,
  type Table,
} from '@tanstack/react-table';
import { useState } from 'react';
import { useT } from '../../i18n/messages';

/** Rows drawn at once; the rest come with "show more" (5,000 rows would be slow to tab through). */
const PAGE = 200;

/** What a column declares for the grid: how to filter it (text contains, or at least a number). */
export interface GridColumnMeta {
  filter?: 'text' | 'min';
  /** Its header text in the copied CSV (columns without one, like actions, are left out). */
  csv?: string;
}

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
  children(table: Table<Row>): React.ReactNode;
}

/**
 * A data grid over TanStack Table: a sort button in each sortable header (aria-sort says the
 * order), a filter under each filterable one, rows drawn a page at a time.
 */
export function GridTable<Row>({ name, caption, data, columns, initialSort, rowId, rowClass, children }: Props<Row>) {
  // TanStack Table hands back one mutable table object whose methods read its latest state, so
  // the React Compiler must not memoize around it: this component opts out of compilation.
  'use no memo';
  const t = useT();
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [shown, setShown] = useState(PAGE);
  const table = useReactTable({
    data,
    columns,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    getRowId: rowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const rows = table.getRowModel().rows;

  return (
    <>
      {children(table)}
      <div className="table-scroll">
        <table data-testid={`grid-${name}`} data-rows={rows.length}>
          <caption>
            {caption} — {t.workbench.grid.rows(rows.length, data.length)}
          </caption>
          <thead>
            <tr>
              {table.getFlatHeaders().map((header) => {
                const sorted = header.column.getIsSorted();
                const title = String(header.column.columnDef.header ?? '');
                return (
                  <th key={header.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort"
                        onClick={header.column.getToggleSortingHandler()}
                        aria-label={t.workbench.grid.sortBy(title)}
                        data-testid={`grid-sort-${name}-${header.id}`}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
            <tr className="filters">
              {table.getFlatHeaders().map((header) => {
                const meta = header.column.columnDef.meta as GridColumnMeta | undefined;
                const title = String(header.column.columnDef.header ?? '');
                return (
                  <td key={header.id}>
                    {meta?.filter && (
                      <input
                        type={meta.filter === 'min' ? 'number' : 'search'}
                        min={meta.filter === 'min' ? 0 : undefined}
                        placeholder={meta.filter === 'min' ? '≥' : ''}
                        value={String(header.column.getFilterValue() ?? '')}
                        onChange={(event) => {
                          header.column.setFilterValue(event.target.value || undefined);
                          setShown(PAGE);
                        }}
                        aria-label={t.workbench.grid.filter(title)}
                        data-testid={`grid-filter-${name}-${header.id}`}
                      />
                    )}
                  </td>
                );
              })}
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

/** "At least n" for number columns (the filter input gives a string). */
export function atLeast(row: { getValue(id: string): unknown }, columnId: string, value: unknown): boolean {
  const min = Number(value);
  return !Number.isFinite(min) || Number(row.getValue(columnId)) >= min;
}

/** The grid's rows as shown (filtered, sorted), as CSV header and cells from the columns that declare a CSV name. */
export function gridCsv<Row>(table: Table<Row>): { header: string[]; rows: (string | number)[][] } {
  const columns = table.getAllLeafColumns().filter((column) => (column.columnDef.meta as GridColumnMeta | undefined)?.csv);
  return {
    header: columns.map((column) => (column.columnDef.meta as GridColumnMeta).csv!),
    rows: table.getRowModel().rows.map((row) => columns.map((column) => row.getValue(column.id) as string | number)),
  };
}
