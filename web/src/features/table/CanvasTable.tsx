import type { ColumnDef } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useCanvas } from '../../graph/CanvasContext';
import { LABEL_STYLE } from '../../graph/palette';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { expandOp } from '../expand/expandOp';
import { useHiddenIds } from '../filters/useHiddenIds';
import { toCsv } from './csv';
import { atLeast, gridCsv, GridTable, type GridView } from './GridTable';
import { nodeRows, relationshipRows, type NodeRow, type RelationshipRow } from './gridRows';

/**
 * The accessible twin of the canvas, as a data grid: a tab of nodes and a tab of relationships, both
 * following the canvas's visibility (filters, time window), sortable and filterable per column,
 * copied as CSV, with the canvas actions (expand, select, details, hide) as real buttons.
 */
export function CanvasTable() {
  const t = useT();
  const graph = useExplorer((state) => state.graph);
  const lang = useExplorer((state) => state.lang);
  const selection = useExplorer((state) => state.selection);
  const pinned = useExplorer((state) => state.pinned);
  const filters = useExplorer((state) => state.filters);
  const perform = useExplorer((state) => state.perform);
  const setFocus = useExplorer((state) => state.setFocus);
  const setTableOpen = useExplorer((state) => state.setTableOpen);
  const hidden = useHiddenIds();
  const cy = useCanvas();
  const [tab, setTab] = useState<'nodes' | 'relationships'>('nodes');
  const [copied, setCopied] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);

  // Opened by the skip link or the toolbar: the keyboard lands in the table.
  useEffect(() => {
    section.current?.focus();
  }, []);

  const nodes = useMemo(() => nodeRows(graph, hidden, lang, t.label), [graph, hidden, lang, t.label]);
  const relationships = useMemo(() => relationshipRows(graph, hidden, lang, t.types), [graph, hidden, lang, t.types]);
  const selected = useMemo(() => new Set([...selection.nodes, ...selection.edges]), [selection]);
  const pinnedSet = useMemo(() => new Set(pinned), [pinned]);

  const toggleSelect = useCallback(
    (id: string) => {
      const element = cy?.getElementById(id);
      if (!element || element.empty()) return;
      if (element.selected()) element.unselect();
      else element.select();
    },
    [cy],
  );

  const nodeColumns = useMemo(
    (): ColumnDef<NodeRow, unknown>[] => [
      {
        accessorKey: 'name',
        header: t.table.name,
        meta: { filter: 'text', csv: t.table.name },
        sortingFn: (a, b) => a.original.name.localeCompare(b.original.name, lang),
        cell: (info) => (
          <>
            {String(info.getValue())}
            {pinnedSet.has(info.row.original.id) && <span className="badge"> {t.table.pinned}</span>}
          </>
        ),
      },
      {
        accessorKey: 'kind',
        header: t.table.type,
        meta: { filter: 'text', csv: t.table.type },
        cell: (info) => (
          <>
            <span className="swatch" style={{ background: LABEL_STYLE[info.row.original.label]?.color }} aria-hidden="true" />{' '}
            {String(info.getValue())}
          </>
        ),
      },
      { accessorKey: 'degree', header: t.table.degree, meta: { filter: 'min', csv: t.table.degree }, filterFn: atLeast, sortDescFirst: true },
      {
        id: 'actions',
        header: t.table.actions,
        cell: ({ row: { original: row } }) => (
          <>
            <button type="button" onClick={() => void perform(expandOp(filters, [row.id]))} aria-label={`${t.table.expand}: ${row.name}`}>
              {t.table.expand}
            </button>
            <button
              type="button"
              aria-pressed={selected.has(row.id)}
              onClick={() => toggleSelect(row.id)}
              aria-label={`${t.table.select}: ${row.name}`}
            >
              {t.table.select}
            </button>
            <button type="button" onClick={() => setFocus({ kind: 'node', id: row.id })} aria-label={`${t.table.details}: ${row.name}`}>
              {t.table.details}
            </button>
            <button type="button" onClick={() => void perform({ kind: 'hide', ids: [row.id] })} aria-label={`${t.table.hide}: ${row.name}`}>
              {t.table.hide}
            </button>
          </>
        ),
      },
    ],
    [t, lang, pinnedSet, selected, filters, perform, setFocus, toggleSelect],
  );

  const relationshipColumns = useMemo(
    (): ColumnDef<RelationshipRow, unknown>[] => [
      {
        accessorKey: 'sourceName',
        header: t.workbench.grid.source,
        meta: { filter: 'text', csv: t.workbench.grid.source },
        sortingFn: (a, b) => a.original.sourceName.localeCompare(b.original.sourceName, lang),
      },
      { accessorKey: 'typeName', header: t.workbench.grid.relType, meta: { filter: 'text', csv: t.workbench.grid.relType } },
      {
        accessorKey: 'targetName',
        header: t.workbench.grid.target,
        meta: { filter: 'text', csv: t.workbench.grid.target },
        sortingFn: (a, b) => a.original.targetName.localeCompare(b.original.targetName, lang),
      },
      {
        id: 'actions',
        header: t.table.actions,
        cell: ({ row: { original: row } }) => {
          const said = `${row.sourceName} ${row.typeName} ${row.targetName}`;
          return (
            <>
              <button
                type="button"
                aria-pressed={selected.has(row.id)}
                onClick={() => toggleSelect(row.id)}
                aria-label={`${t.table.select}: ${said}`}
              >
                {t.table.select}
              </button>
              <button type="button" onClick={() => setFocus({ kind: 'edge', id: row.id })} aria-label={`${t.table.details}: ${said}`}>
                {t.table.details}
              </button>
            </>
          );
        },
      },
    ],
    [t, lang, selected, setFocus, toggleSelect],
  );

  const copy = async <Row,>(view: GridView<Row>) => {
    const { header, rows } = gridCsv(view);
    try {
      await navigator.clipboard.writeText(toCsv(header, rows));
      setCopied(t.workbench.grid.copied(rows.length));
    } catch (error) {
      setCopied(t.failed(error instanceof Error ? error.message : String(error)));
    }
  };
  const copyBar = <Row,>(view: GridView<Row>) => (
    <div className="grid-bar">
      <button type="button" onClick={() => void copy(view)} data-testid="grid-copy">
        {t.workbench.grid.copy}
      </button>
      <span role="status" className="muted" data-testid="grid-copied">
        {copied}
      </span>
    </div>
  );

  return (
    <section className="canvas-table" id="canvas-table" aria-label={t.table.title} data-testid="canvas-table" ref={section} tabIndex={-1}>
      <div className="table-head">
        <h2>{t.table.title}</h2>
        <div role="tablist" aria-label={t.workbench.grid.tabs} className="grid-tabs">
          {(['nodes', 'relationships'] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="tab"
              aria-selected={tab === value}
              onClick={() => {
                setTab(value);
                setCopied(null);
              }}
              data-testid={`grid-tab-${value}`}
            >
              {t.workbench.grid[value]} ({value === 'nodes' ? nodes.length : relationships.length})
            </button>
          ))}
        </div>
        <button type="button" className="close" aria-label={t.close} onClick={() => setTableOpen(false)}>
          ×
        </button>
      </div>
      <div role="tabpanel" className="grid-panel" aria-label={t.workbench.grid[tab]}>
        {tab === 'nodes' ? (
          <GridTable
            key="nodes"
            name="nodes"
            caption={t.table.caption(nodes.length)}
            data={nodes}
            columns={nodeColumns}
            initialSort={[{ id: 'name', desc: false }]}
            rowId={(row) => row.id}
            rowClass={(row) => (selected.has(row.id) ? 'selected' : undefined)}
          >
            {copyBar}
          </GridTable>
        ) : (
          <GridTable
            key="relationships"
            name="relationships"
            caption={t.workbench.grid.caption(relationships.length)}
            data={relationships}
            columns={relationshipColumns}
            initialSort={[{ id: 'sourceName', desc: false }]}
            rowId={(row) => row.id}
            rowClass={(row) => (selected.has(row.id) ? 'selected' : undefined)}
          >
            {copyBar}
          </GridTable>
        )}
      </div>
    </section>
  );
}
