import { useQuery } from '@tanstack/react-query';
import type { CooperationResponse } from '../../../../api/src/contract/cooperation';
import { queries } from '../../api/queries';
import { useExplorer } from '../../state/store';

/** The ranked pairs and the events and topics they name by id (see api/src/contract/cooperation.ts). */
export type CooperationRanking = Pick<CooperationResponse, 'pairs' | 'events' | 'topics'>;

/**
 * The ranked pairs of the cooperation network on the canvas, with their shared events and topics:
 * the cached response of the network operation that drew it (same filters, same query key).
 */
export function useCooperationPairs(): CooperationRanking | null {
  const op = useExplorer((state) => {
    const last = state.history.at(-1)?.op;
    return state.scene.mode === 'network' && last?.kind === 'network' ? last : null;
  });
  const { kind: _kind, ...filters } = op ?? { kind: 'network' };
  const network = useQuery({ ...queries.cooperation(filters), enabled: op !== null });
  return op ? (network.data ?? null) : null;
}
