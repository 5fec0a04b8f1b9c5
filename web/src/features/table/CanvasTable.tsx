import { useMemo, useState } from 'react';
import { useCanvas } from '../../graph/CanvasContext';
import { nodeName } from '../../graph/elements';
import { LABEL_STYLE, primaryLabel } from '../../graph/palette';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { expandOp } from '../expand/expandOp';
import { useHiddenIds } from '../filters/useHiddenIds';

/** Rows drawn at once; the rest come with "show more" (a table of 5,000 rows would be slow to tab through). */
const PAGE = 200;

/**
 * The accessible twin of the canvas: every node shown, with the canvas actions (expand, select,
 * details, hide) as real buttons, so everything can be done with a keyboard and a screen reader.
 */
export function CanvasTable() {
  const t = useT();
  const graph = useExplorer((state) => state.graph);
  const lang = useExplorer((state) => state.lang);
  const selection = useExplorer((state) => state.selection);
  const pinned = useExplorer((state) => state.pinned);
  const hidden = useHiddenIds();
  const cy = useCanvas();
  const filters = useExplorer((state) => state.filters);
  const perform = useExplorer((state) => state.perform);
  const setFocus = useExplorer((state) => state.setFocus);
  const setTableOpen = useExplorer((state) => state.setTableOpen);
  const [shown, setShown] = useState(PAGE);

  const rows = useMemo(() => {
    const degree = new Map<string, number>();
    for (const edge of graph.edges.values()) {
      if (hidden.has(edge.id)) continue;
      degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
      degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    }
    return [...graph.nodes.values()]
      .filter((node) => !hidden.has(node.id))
      .map((node) => ({ id: node.id, name: nodeName(node, lang), label: primaryLabel(node.labels), degree: degree.get(node.id) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, lang));
  }, [graph, lang, hidden]);
  const selected = new Set(selection.nodes);
  const pinnedSet = new Set(pinned);

  const toggleSelect = (id: string) => {
    const node = cy?.getElementById(id);
    if (!node || node.empty()) return;
    if (node.selected()) node.unselect();
    else node.select();
  };

  return (
    <section className="canvas-table" aria-label={t.table.title} data-testid="canvas-table">
      <div className="table-head">
        <h2>{t.table.title}</h2>
        <button type="button" className="close" aria-label={t.close} onClick={() => setTableOpen(false)}>
          ×
        </button>
      </div>
      <div className="table-scroll">
        <table>
          <caption>{t.table.caption(rows.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.table.name}</th>
              <th scope="col">{t.table.type}</th>
              <th scope="col">{t.table.degree}</th>
              <th scope="col">{t.table.actions}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row) => (
              <tr key={row.id} data-id={row.id} className={selected.has(row.id) ? 'selected' : undefined}>
                <th scope="row">
                  {row.name}
                  {pinnedSet.has(row.id) && <span className="badge"> {t.table.pinned}</span>}
                </th>
                <td>
                  <span className="swatch" style={{ background: LABEL_STYLE[row.label]?.color }} aria-hidden="true" />{' '}
                  {t.label[row.label] ?? row.label}
                </td>
                <td>{row.degree}</td>
                <td className="row-actions">
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
                </td>
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
    </section>
  );
}
