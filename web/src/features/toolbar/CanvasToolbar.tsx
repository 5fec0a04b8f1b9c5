import type { Core } from 'cytoscape';
import { useRef, type ReactNode } from 'react';
import { useCanvas } from '../../graph/CanvasContext';
import { fitView } from '../../graph/fit';
import { useT } from '../../i18n/messages';
import { LAYOUTS, useExplorer, type LayoutName, type Renderer } from '../../state/store';
import { exportPng, exportSvg } from '../export/images';
import { GROUP_BY, type GroupBy } from '../../graph/grouping';
import { MoreMenu } from './MoreMenu';
import { useOverflow } from './useOverflow';
import { useRendererSwitch } from './useRendererSwitch';

/** Zoom factor of one click on + or −. */
const ZOOM_STEP = 1.25;

function zoomBy(cy: Core | null, factor: number): void {
  if (!cy) return;
  const { width, height } = { width: cy.width(), height: cy.height() };
  cy.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } } }, { duration: 150 });
}

/**
 * Fit, zoom, undo/redo, hide/collapse/pin, box selection, table, layout, images, renderer — on one
 * row; what does not fit at the canvas's width goes into a More menu (never wraps over the drawing).
 */
export function CanvasToolbar() {
  const t = useT();
  const cy = useCanvas();
  const canUndo = useExplorer((state) => state.history.length > 1);
  const canRedo = useExplorer((state) => state.future.length > 0);
  const layout = useExplorer((state) => state.layout);
  const renderer = useExplorer((state) => state.renderer);
  const boxSelect = useExplorer((state) => state.boxSelect);
  const tableOpen = useExplorer((state) => state.tableOpen);
  const selection = useExplorer((state) => state.selection);
  const focus = useExplorer((state) => state.focus);
  const undo = useExplorer((state) => state.undo);
  const redo = useExplorer((state) => state.redo);
  const perform = useExplorer((state) => state.perform);
  const runLayout = useExplorer((state) => state.runLayout);
  const togglePinned = useExplorer((state) => state.togglePinned);
  const setBoxSelect = useExplorer((state) => state.setBoxSelect);
  const setTableOpen = useExplorer((state) => state.setTableOpen);
  const switchRenderer = useRendererSwitch();
  const grouping = useExplorer((state) => state.grouping);
  const setGrouping = useExplorer((state) => state.setGrouping);
  // The selected nodes, or the focused node when nothing is selected.
  const targets = () => (selection.nodes.length ? selection.nodes : focus?.kind === 'node' ? [focus.id] : []);
  const hasTargets = targets().length > 0;
  const lang = useExplorer((state) => state.lang);
  const row = useRef<HTMLDivElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const overflow = useOverflow(row, moreButton, 8, lang);
  const groupName = (by: Exclude<GroupBy, 'none'>) => (by === 'label' ? t.workbench.group.label_ : t.workbench.group[by]);

  // In order of priority: the groups that do not fit on the row go, from the last, into More.
  const groups: { id: string; content: ReactNode }[] = [
    {
      id: 'view',
      content: (
        <>
          <button type="button" onClick={() => cy && fitView(cy, undefined, 40, true)} aria-label={t.toolbar.fit} title={t.toolbar.fit}>
            ⤢
          </button>
          <button type="button" onClick={() => zoomBy(cy, ZOOM_STEP)} aria-label={t.toolbar.zoomIn} title={t.toolbar.zoomIn}>
            +
          </button>
          <button type="button" onClick={() => zoomBy(cy, 1 / ZOOM_STEP)} aria-label={t.toolbar.zoomOut} title={t.toolbar.zoomOut}>
            −
          </button>
        </>
      ),
    },
    {
      id: 'history',
      content: (
        <>
          <button
            type="button"
            onClick={undo}
            disabled={!canUndo}
            aria-label={t.toolbar.undo}
            title={`${t.toolbar.undo} (Ctrl+Z)`}
            data-testid="undo"
          >
            ↶
          </button>
          <button
            type="button"
            onClick={redo}
            disabled={!canRedo}
            aria-label={t.toolbar.redo}
            title={`${t.toolbar.redo} (Ctrl+Y)`}
            data-testid="redo"
          >
            ↷
          </button>
        </>
      ),
    },
    {
      id: 'selection',
      content: (
        <>
          <button
            type="button"
            disabled={!hasTargets}
            onClick={() => void perform({ kind: 'hide', ids: targets() })}
            title={t.toolbar.hide}
            data-testid="hide"
          >
            {t.table.hide}
          </button>
          <button
            type="button"
            disabled={!hasTargets}
            onClick={() => void perform({ kind: 'collapse', ids: targets() })}
            title={t.toolbar.collapse}
            data-testid="collapse"
          >
            {t.toolbar.collapseShort}
          </button>
          <button type="button" disabled={!hasTargets} onClick={() => togglePinned(targets())} title={t.toolbar.pin} data-testid="pin">
            {t.toolbar.pinShort}
          </button>
          <button
            type="button"
            aria-pressed={boxSelect}
            onClick={() => setBoxSelect(!boxSelect)}
            title={t.toolbar.boxSelect}
            data-testid="box-select"
          >
            ⬚ {t.toolbar.boxShort}
          </button>
        </>
      ),
    },
    {
      id: 'table',
      content: (
        <>
          <button type="button" aria-pressed={tableOpen} onClick={() => setTableOpen(!tableOpen)} title={t.toolbar.table} data-testid="table-toggle">
            ☰ {t.toolbar.tableShort}
          </button>
        </>
      ),
    },
    {
      id: 'grouping',
      content: (
        <label title={t.workbench.group.hint}>
          <span className="visually-hidden">{t.workbench.group.label}</span>
          <select
            value={grouping}
            onChange={(event) => setGrouping(event.target.value as GroupBy)}
            aria-label={t.workbench.group.label}
            data-testid="group-by"
          >
            {GROUP_BY.map((by) => (
              <option key={by} value={by}>
                {by === 'none' ? t.workbench.group.none : t.workbench.group.option(groupName(by))}
              </option>
            ))}
          </select>
        </label>
      ),
    },
    {
      id: 'layout',
      content: (
        <>
          <label>
            <span className="visually-hidden">{t.toolbar.layout}</span>
            <select
              value={layout}
              onChange={(event) => runLayout(event.target.value as LayoutName)}
              aria-label={t.toolbar.layout}
              data-testid="layout"
            >
              {LAYOUTS.map((name) => (
                <option key={name} value={name}>
                  {t.layouts[name]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => runLayout(layout)} aria-label={t.toolbar.relayout} title={t.toolbar.relayout}>
            ⟳
          </button>
        </>
      ),
    },
    {
      id: 'reset',
      content: (
        <>
          <button type="button" onClick={() => void perform({ kind: 'overview' })} title={t.toolbar.overview} aria-label={t.toolbar.overview}>
            ⌂
          </button>
          <button type="button" onClick={() => void perform({ kind: 'clear' })} title={t.toolbar.clear} aria-label={t.toolbar.clear}>
            ⌫
          </button>
        </>
      ),
    },
    {
      id: 'images',
      content: (
        <>
          <button type="button" onClick={() => cy && void exportPng(cy)} title={t.exportImage.png} data-testid="export-png">
            PNG
          </button>
          <button type="button" onClick={() => cy && void exportSvg(cy)} title={t.exportImage.svg} data-testid="export-svg">
            SVG
          </button>
          <label>
            <span className="visually-hidden">{t.toolbar.renderer}</span>
            <select
              value={renderer}
              onChange={(event) => switchRenderer(event.target.value as Renderer)}
              aria-label={t.toolbar.renderer}
              title={t.toolbar.renderer}
              data-testid="renderer"
            >
              <option value="canvas">{t.renderers.canvas}</option>
              <option value="webgl">{t.renderers.webgl}</option>
            </select>
          </label>
        </>
      ),
    },
  ];
  const shownGroups = groups.slice(0, overflow.shown);
  const moreGroups = groups.slice(overflow.shown);

  return (
    <div className="toolbar" role="toolbar" aria-label={t.toolbar.label} data-testid="toolbar" data-overflow={moreGroups.length} ref={row}>
      {shownGroups.map((group, index) => (
        <div key={group.id} className="tool-group" data-group={group.id} ref={overflow.measure(index)}>
          {group.content}
        </div>
      ))}
      {moreGroups.length > 0 && (
        <MoreMenu buttonRef={moreButton}>
          {moreGroups.map((group) => (
            <div key={group.id} className="tool-group" data-group={group.id}>
              {group.content}
            </div>
          ))}
        </MoreMenu>
      )}
    </div>
  );
}
