import { useMemo, useState } from 'react';
import type { NodeDetailsResponse, RelationshipType } from '../../api/client';
import { useT } from '../../i18n/messages';
import { type Direction } from '../../state/ops';
import { useExplorer } from '../../state/store';
import { expandOp } from './expandOp';

interface Props {
  node: string;
  degree: NodeDetailsResponse['degree'];
}

/** Default cap of one expansion: enough to see a neighbourhood, not enough for a hairball. */
export const DEFAULT_LIMIT = 25;

/**
 * The guarded expand: the node's relationships by type and direction (with counts) to choose from,
 * the direction, the number of hops and a cap. What the cap leaves out is reported afterwards as
 * "and N more" (NoticeBar), with a button to take more.
 */
export function ExpandForm({ node, degree }: Props) {
  const t = useT();
  const types = useMemo(() => {
    const byType = new Map<string, { in: number; out: number }>();
    for (const entry of degree.byType) {
      const counts = byType.get(entry.type) ?? { in: 0, out: 0 };
      counts[entry.direction] += entry.count;
      byType.set(entry.type, counts);
    }
    return [...byType.entries()].sort((a, b) => b[1].in + b[1].out - (a[1].in + a[1].out));
  }, [degree]);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(types.map(([type]) => type)));
  const [direction, setDirection] = useState<Direction>('both');
  const [depth, setDepth] = useState(1);
  const [limit, setLimit] = useState(DEFAULT_LIMIT);
  const busy = useExplorer((state) => state.busy);
  const filters = useExplorer((state) => state.filters);
  const perform = useExplorer((state) => state.perform);

  const toggle = (type: string) => {
    const next = new Set(chosen);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    setChosen(next);
  };
  const count = (counts: { in: number; out: number }) => (direction === 'both' ? counts.in + counts.out : counts[direction]);
  const reachable = types.filter(([type]) => chosen.has(type)).reduce((sum, [, counts]) => sum + count(counts), 0);

  const run = () => {
    const allTypes = chosen.size === types.length;
    // The types come from the node's own degree, i.e. from the API's vocabulary.
    void perform(expandOp(filters, [node], { types: allTypes ? undefined : ([...chosen] as RelationshipType[]), direction, depth, limit }));
  };

  return (
    <section className="expand" data-testid="expand-form">
      <h3>{t.expand.title}</h3>
      <fieldset>
        <legend>
          {t.details.degree} ({degree.total})
        </legend>
        <div className="type-actions">
          <button type="button" className="link" onClick={() => setChosen(new Set(types.map(([type]) => type)))}>
            {t.expand.all}
          </button>
          <button type="button" className="link" onClick={() => setChosen(new Set())}>
            {t.expand.none}
          </button>
        </div>
        <ul className="degree-list">
          {types.map(([type, counts]) => (
            <li key={type} data-type={type}>
              <label>
                <input type="checkbox" checked={chosen.has(type)} onChange={() => toggle(type)} />
                <span>{t.types[type] ?? type}</span>
              </label>
              <span className="degree-counts" aria-label={`${counts.out} ${t.details.outgoing}, ${counts.in} ${t.details.incoming}`}>
                {counts.out > 0 && <span title={t.details.outgoing}>→{counts.out}</span>}
                {counts.in > 0 && <span title={t.details.incoming}>←{counts.in}</span>}
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="expand-options">
        <label>
          {t.expand.direction}{' '}
          <select value={direction} onChange={(event) => setDirection(event.target.value as Direction)} data-testid="expand-direction">
            <option value="both">{t.expand.both}</option>
            <option value="out">{t.expand.out}</option>
            <option value="in">{t.expand.in}</option>
          </select>
        </label>
        <label>
          {t.expand.depth}{' '}
          <select value={depth} onChange={(event) => setDepth(Number(event.target.value))}>
            {[1, 2, 3].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.expand.limit}{' '}
          <input
            type="number"
            min={1}
            max={2000}
            value={limit}
            onChange={(event) => setLimit(Math.max(1, Math.min(2000, Number(event.target.value) || 1)))}
            data-testid="expand-limit"
          />
        </label>
      </div>
      <button
        type="button"
        className="primary"
        onClick={run}
        disabled={busy || chosen.size === 0 || (depth === 1 && reachable === 0)}
        data-testid="expand-run"
      >
        {t.expand.run}
      </button>
    </section>
  );
}
