import {
  createTable,
  functionalUpdate,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type ColumnDef,
  type ColumnFiltersState,
  type Header,
  type Row,
  type SortingState,
  type Table,
  type TableState,
  type Updater,
} from '@tanstack/react-table';

/** What a column declares for the grid: how to filter it (text contains, or at least a number). */
export interface GridColumnMeta {
  filter?: 'text' | 'min';
  /** Its header text in the copied CSV (columns without one, like actions, are left out). */
  csv?: string;
}

/** One column as the grid shows it now: its header, sort order and filter value. */
export interface GridColumn<T> {
  id: string;
  header: Header<T, unknown>;
  title: string;
  canSort: boolean;
  sorted: false | 'asc' | 'desc';
  filter: string;
  meta: GridColumnMeta | undefined;
}

/** The grid as it stands after one change: an immutable snapshot, a new object after every change. */
export interface GridView<T> {
  columns: GridColumn<T>[];
  /** The rows as filtered and sorted. */
  rows: Row<T>[];
  sorting: SortingState;
  filters: ColumnFiltersState;
}

export interface GridModelOptions<T> {
  data: T[];
  columns: ColumnDef<T, unknown>[];
  initialSort: SortingState;
  rowId(row: T): string;
}

/**
 * TanStack Table's engine kept outside React. Its table instance changes in place behind a stable
 * identity, which memoization (by hand or by the React Compiler) cannot see: components that read
 * it directly, as TanStack's `useReactTable` has them do, can show stale rows once memoized. Here
 * the instance stays private, and every change publishes a new immutable view that components
 * read through `useSyncExternalStore` (subscribe / getView).
 */
export class GridModel<T> {
  private readonly table: Table<T>;
  private state: TableState;
  private view: GridView<T>;
  private readonly listeners = new Set<() => void>();

  constructor(options: GridModelOptions<T>) {
    this.table = createTable<T>({
      data: options.data,
      columns: options.columns,
      getRowId: options.rowId,
      getCoreRowModel: getCoreRowModel(),
      getSortedRowModel: getSortedRowModel(),
      getFilteredRowModel: getFilteredRowModel(),
      state: {},
      onStateChange: (updater) => this.change(updater),
      renderFallbackValue: null,
      // The grid draws its rows a page at a time itself; TanStack's pagination stays unused.
      autoResetPageIndex: false,
    });
    this.state = { ...this.table.initialState, sorting: options.initialSort };
    this.table.setOptions((previous) => ({ ...previous, state: this.state }));
    this.view = this.snapshot();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getView = (): GridView<T> => this.view;

  /** New rows or columns (the canvas changed, the language changed). */
  setData(data: T[], columns: ColumnDef<T, unknown>[]): void {
    this.table.setOptions((previous) => ({ ...previous, data, columns, state: this.state }));
    this.publish();
  }

  /**
   * A click on a column's sort button, in TanStack's order (the column's first direction, the other,
   * none); `multi` (Shift held, as TanStack's own handler reads it) adds the column to the sort.
   */
  toggleSort(id: string, multi = false): void {
    const column = this.table.getColumn(id);
    if (column?.getCanSort()) column.toggleSorting(undefined, multi && column.getCanMultiSort());
  }

  setFilter(id: string, value: string): void {
    this.table.getColumn(id)?.setFilterValue(value || undefined);
  }

  private change(updater: Updater<TableState>): void {
    this.state = functionalUpdate(updater, this.state);
    this.table.setOptions((previous) => ({ ...previous, state: this.state }));
    this.publish();
  }

  private publish(): void {
    this.view = this.snapshot();
    for (const listener of this.listeners) listener();
  }

  private snapshot(): GridView<T> {
    return {
      columns: this.table.getFlatHeaders().map((header) => ({
        id: header.id,
        header,
        title: String(header.column.columnDef.header ?? ''),
        canSort: header.column.getCanSort(),
        sorted: header.column.getIsSorted(),
        filter: String(header.column.getFilterValue() ?? ''),
        meta: header.column.columnDef.meta as GridColumnMeta | undefined,
      })),
      rows: this.table.getRowModel().rows,
      sorting: this.state.sorting,
      filters: this.state.columnFilters,
    };
  }
}

/** "At least n" for number columns (the filter input gives a string). */
export function atLeast(row: { getValue(id: string): unknown }, columnId: string, value: unknown): boolean {
  const min = Number(value);
  return !Number.isFinite(min) || Number(row.getValue(columnId)) >= min;
}

/** The grid's rows as shown (filtered, sorted), as CSV header and cells from the columns that declare a CSV name. */
export function gridCsv<T>(view: GridView<T>): { header: string[]; rows: (string | number)[][] } {
  const columns = view.columns.filter((column) => column.meta?.csv);
  return {
    header: columns.map((column) => column.meta!.csv!),
    rows: view.rows.map((row) => columns.map((column) => row.getValue(column.id) as string | number)),
  };
}
