import { useEffect, useState } from 'react';
import { api, isAbort } from '../../api/client';
import type { CooperationPair } from '../../../../api/src/contract/cooperation';
import { useExplorer } from '../../state/store';

let cached: { key: string; pairs: CooperationPair[] } | null = null;

/**
 * The ranked pairs of the cooperation network on the canvas, with their shared events and topics,
 * for the same filters as the network operation that drew it (one request per filter set).
 */
export function useCooperationPairs(): CooperationPair[] | null {
  const op = useExplorer((state) => {
    const last = state.history.at(-1)?.op;
    return state.scene.mode === 'network' && last?.kind === 'network' ? last : null;
  });
  const key = op ? JSON.stringify(op) : '';
  const [pairs, setPairs] = useState<CooperationPair[] | null>(cached?.key === key ? cached.pairs : null);
  useEffect(() => {
    if (!op || cached?.key === key) return;
    const controller = new AbortController();
    const { kind: _kind, ...filters } = op;
    api.cooperation({ ...filters, limit: 2000 }, controller.signal).then(
      (response) => {
        cached = { key, pairs: response.pairs };
        setPairs(response.pairs);
      },
      (error: unknown) => {
        if (!isAbort(error)) setPairs([]);
      },
    );
    return () => controller.abort();
  }, [key, op]);
  return op ? (cached?.key === key ? cached.pairs : pairs) : null;
}
