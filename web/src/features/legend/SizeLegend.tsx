import { useMemo } from 'react';
import { NODE_SIZE_MAX, NODE_SIZE_MIN } from '../../graph/elements';
import { SIZE_METRICS, sizeScale, type SizeMetric } from '../../graph/readability/sizeScale';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useNodeSizes } from '../size/useNodeSizes';

/** What node size means on the explore canvas (the metric chosen here), with round reference values drawn to scale. */
export function SizeLegend() {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const mode = useExplorer((state) => state.scene.mode);
  const chosen = useExplorer((state) => state.metric);
  const setMetric = useExplorer((state) => state.setMetric);
  const sizes = useNodeSizes();
  // Same scale as elements.ts draws with.
  const ticks = useMemo(() => (sizes.values ? sizeScale([...sizes.values.values()], NODE_SIZE_MIN, NODE_SIZE_MAX).ticks : []), [sizes]);
  const format = useMemo(() => new Intl.NumberFormat(lang, { maximumSignificantDigits: 2 }), [lang]);
  if (mode === 'network') return null;
  const biggest = Math.max(0, ...ticks.map((tick) => tick.size));
  const name = (metric: SizeMetric) => t.workbench.size[metric];
  return (
    <div className="size-legend" data-testid="size-legend" data-size-metric={sizes.values ? sizes.metric : 'none'}>
      <label>
        {t.workbench.size.label}{' '}
        <select value={chosen} onChange={(event) => setMetric(event.target.value as SizeMetric)} data-testid="size-metric">
          {SIZE_METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {name(metric)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t.workbench.size.help[chosen]}</p>
      {ticks.length > 0 && (
        <>
          <p className="muted">{t.workbench.size.legend(name(sizes.metric).toLowerCase())}</p>
          <svg width={ticks.length * (biggest / 2 + 40)} height={biggest / 2 + 18} aria-hidden="true">
            {ticks.map((tick, index) => {
              const r = tick.size / 4;
              const x = index * (biggest / 2 + 40) + biggest / 4 + 10;
              return (
                <g key={tick.value} data-tick={tick.value}>
                  <circle cx={x} cy={biggest / 4 + 2} r={r} fill="#c3cad1" stroke="#6b7782" />
                  <text x={x} y={biggest / 2 + 16} textAnchor="middle" fontSize="12">
                    {format.format(tick.value)}
                  </text>
                </g>
              );
            })}
          </svg>
        </>
      )}
    </div>
  );
}
