import { useDataProvider } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { MatterDataProvider } from './dataProvider';

export const matterDetailKey = (id: string) => ['matters', 'detail', id];

/**
 * The full matter (events, ledger, tasks), fetched under its own key: react-admin's getOne cache may hold the
 * list's row, which has none of them.
 */
export function useMatterDetail(id: string) {
  const dataProvider = useDataProvider<MatterDataProvider>();
  return useQuery({
    queryKey: matterDetailKey(id),
    queryFn: () => dataProvider.getMatterDetail(id),
    refetchOnWindowFocus: false,
  });
}

/** After a case action: the matter page, its diagram and the lists reload. */
export function useRefreshMatter(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['matters'] });
    void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    void queryClient.invalidateQueries({ queryKey: ['matter-diagram', id] });
  };
}
