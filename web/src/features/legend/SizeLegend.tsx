import { useMemo } from 'react';
import { degrees, sizeScale } from '../../graph/readability/sizeScale';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';

/** What node size means on the explore canvas (degree), with round reference values drawn to scale. */
export function SizeLegend() {
  const t = useT();
  const graph = useExplorer((state) => state.graph);
  const mode = useExplorer((state) => state.scene.mode);
  // Same scale as elements.ts draws with (16–48 px by degree on the canvas).
  const ticks = useMemo(() => sizeScale([...degrees(graph.nodes.keys(), graph.edges.values()).values()], 16, 48).ticks, [graph]);
  if (mode === 'network' || ticks.length === 0) return null;
  const biggest = Math.max(...ticks.map((tick) => tick.size));
  return (
    <div className="size-legend" data-testid="size-legend">
      <p className="muted">{t.sizeLegend}</p>
      <svg width={ticks.length * (biggest / 2 + 30)} height={biggest / 2 + 18} aria-hidden="true">
        {ticks.map((tick, index) => {
          const r = tick.size / 4;
          const x = index * (biggest / 2 + 30) + biggest / 4 + 2;
          return (
            <g key={tick.value}>
              <circle cx={x} cy={biggest / 4 + 2} r={r} fill="#c3cad1" stroke="#6b7782" />
              <text x={x} y={biggest / 2 + 16} textAnchor="middle" fontSize="12">
                {tick.value}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
