import { useMemo, useState } from 'react';
import { api, isAbort, type ExportFormat, type GraphResponse } from '../../api/client';
import { useCanvas } from '../../graph/CanvasContext';
import { primaryLabel } from '../../graph/palette';
import { useT } from '../../i18n/messages';
import { reportFailure } from '../../state/status';
import { useExplorer } from '../../state/store';
import { datedName, download } from '../export/download';

/**
 * The formats of the export API (a Record so that TypeScript flags a format the contract adds),
 * plus `json`, written here: the selection in the shared { nodes, edges } shape, exactly as drawn,
 * which also covers the cooperation network's computed links that no stored export can hold.
 */
const SERVER_FORMATS: Record<ExportFormat, string> = {
  cytoscape: 'Cytoscape JSON',
  graphml: 'GraphML',
  gexf: 'GEXF (Gephi)',
  csv: 'CSV (zip, pandas/R)',
  gephi: 'CSV (zip, Gephi)',
  jsonl: 'JSON Lines',
  cypher: 'Cypher',
};
type Format = ExportFormat | 'json';

/** Box selection or "everything on screen", its counts by label and type, and export of it. */
export function SelectionPanel() {
  const t = useT();
  const cy = useCanvas();
  const selection = useExplorer((state) => state.selection);
  const graph = useExplorer((state) => state.graph);
  const mode = useExplorer((state) => state.scene.mode);
  const [format, setFormat] = useState<Format>('json');
  const [working, setWorking] = useState(false);

  const byLabel = useMemo(() => {
    const counts = new Map<string, number>();
    for (const id of selection.nodes) {
      const node = graph.nodes.get(id);
      if (node) counts.set(primaryLabel(node.labels), (counts.get(primaryLabel(node.labels)) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
  }, [selection, graph]);

  const selectAll = () => cy?.elements(':visible').select();
  const clear = () => cy?.elements().unselect();

  const exportSelection = async () => {
    const ids = selection.nodes;
    if (format === 'json') {
      const chosen = new Set(ids);
      const body: GraphResponse = {
        nodes: ids.flatMap((id) => graph.nodes.get(id) ?? []),
        edges: selection.edges.flatMap((id) => {
          const edge = graph.edges.get(id);
          return edge && chosen.has(edge.source) && chosen.has(edge.target) ? [edge] : [];
        }),
      };
      download(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }), datedName('liaison-selection', 'json'));
      return;
    }
    setWorking(true);
    try {
      // Only stored relationships can be named; the network's projected links cannot.
      const stored = selection.edges.filter((id) => graph.edges.get(id)?.type !== 'COOPERATED_WITH');
      const file = await api.exportFile(format, { ids, ...(stored.length ? { edgeIds: stored } : {}) });
      download(file.blob, file.name);
    } catch (error) {
      if (!isAbort(error)) {
        console.warn('export failed', error);
        reportFailure(error);
      }
    } finally {
      setWorking(false);
    }
  };

  return (
    <details className="panel selection" open data-testid="selection">
      <summary>
        <h2>{t.selection.title}</h2>
      </summary>
      <p className="selection-counts" data-testid="selection-counts" data-nodes={selection.nodes.length} data-edges={selection.edges.length}>
        {t.selection.counts(selection.nodes.length, selection.edges.length)}
      </p>
      {byLabel.length > 0 && (
        <ul className="selection-labels" aria-label={t.selection.byLabel}>
          {byLabel.map(([label, count]) => (
            <li key={label} data-label={label}>
              {t.labels[label] ?? label}: <span className="count">{count}</span>
            </li>
          ))}
        </ul>
      )}
      {!selection.nodes.length && <p className="muted">{t.selection.empty}</p>}
      <div className="selection-actions">
        <button type="button" onClick={selectAll} data-testid="select-all">
          {t.selection.all}
        </button>
        <button type="button" onClick={clear} disabled={!selection.nodes.length && !selection.edges.length}>
          {t.selection.clear}
        </button>
      </div>
      <div className="export-row">
        <label>
          {t.selection.format}{' '}
          <select value={format} onChange={(event) => setFormat(event.target.value as Format)} data-testid="export-format">
            <option value="json">JSON ({t.selection.asShown})</option>
            {Object.entries(SERVER_FORMATS).map(([value, label]) => (
              <option key={value} value={value} disabled={mode === 'network'}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="primary"
          onClick={() => void exportSelection()}
          disabled={!selection.nodes.length || working}
          data-testid="export-selection"
        >
          {t.selection.export}
        </button>
      </div>
    </details>
  );
}
