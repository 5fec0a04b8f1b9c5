import { useQuery } from '@tanstack/react-query';
import type { AccountSummary } from '../../api/client';
import { queries } from '../../api/queries';

/** The signed-in account (null when anonymous), and what its role allows in the explorer. */
export function useAccount(): { account: AccountSummary | null; canEdit: boolean; canSuggest: boolean } {
  const { data } = useQuery(queries.session());
  const account = data?.account ?? null;
  return {
    account,
    canEdit: account?.role === 'editor' || account?.role === 'admin',
    canSuggest: account !== null,
  };
}
