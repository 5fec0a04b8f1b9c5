import type { ColumnDef } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { atLeast, GridModel, gridCsv } from '../../web/src/features/table/gridModel.js';

interface Row {
  id: string;
  name: string;
  degree: number;
}

const columns: ColumnDef<Row, unknown>[] = [
  { accessorKey: 'name', header: 'Name', meta: { filter: 'text', csv: 'Name' } },
  { accessorKey: 'degree', header: 'Relationships', meta: { filter: 'min', csv: 'Relationships' }, filterFn: atLeast, sortDescFirst: true },
  { id: 'actions', header: 'Actions', enableSorting: false },
];
const rows: Row[] = [
  { id: 'greta', name: 'GRETA', degree: 12 },
  { id: 'coe', name: 'Council of Europe', degree: 30 },
  { id: 'osce', name: 'OSCE', degree: 7 },
];
const ids = (model: GridModel<Row>) => model.getView().rows.map((row) => row.id);

function grid() {
  return new GridModel<Row>({ data: rows, columns, initialSort: [{ id: 'name', desc: false }], rowId: (row) => row.id });
}

describe('grid model: TanStack Table behind immutable views', () => {
  it('starts sorted as asked, with the sort state of each column in the view', () => {
    const model = grid();
    expect(ids(model)).toEqual(['coe', 'greta', 'osce']);
    const view = model.getView();
    expect(view.columns.map((column) => [column.id, column.canSort, column.sorted])).toEqual([
      ['name', true, 'asc'],
      ['degree', true, false],
      ['actions', false, false],
    ]);
  });

  it('publishes a new view on every change and never alters one already handed out', () => {
    const model = grid();
    let calls = 0;
    const unsubscribe = model.subscribe(() => (calls += 1));
    const before = model.getView();
    const beforeIds = before.rows.map((row) => row.id);
    model.toggleSort('degree');
    const sorted = model.getView();
    expect(sorted).not.toBe(before);
    // Most connected first (sortDescFirst), and the old view still shows the old order.
    expect(sorted.rows.map((row) => row.id)).toEqual(['coe', 'greta', 'osce']);
    expect(sorted.columns.find((column) => column.id === 'degree')!.sorted).toBe('desc');
    expect(before.rows.map((row) => row.id)).toEqual(beforeIds);
    expect(before.columns.find((column) => column.id === 'name')!.sorted).toBe('asc');
    model.setFilter('degree', '10');
    expect(ids(model)).toEqual(['coe', 'greta']);
    expect(model.getView().columns.find((column) => column.id === 'degree')!.filter).toBe('10');
    model.setFilter('degree', '');
    expect(ids(model)).toHaveLength(3);
    expect(calls).toBe(3);
    unsubscribe();
    model.toggleSort('degree');
    expect(calls).toBe(3);
  });

  it('takes new rows and copies what it shows as CSV', () => {
    const model = grid();
    model.setData([...rows, { id: 'unodc', name: 'UNODC', degree: 25 }], columns);
    model.setFilter('name', 'o');
    const csv = gridCsv(model.getView());
    expect(csv.header).toEqual(['Name', 'Relationships']);
    expect(csv.rows).toEqual([
      ['Council of Europe', 30],
      ['OSCE', 7],
      ['UNODC', 25],
    ]);
  });
});
