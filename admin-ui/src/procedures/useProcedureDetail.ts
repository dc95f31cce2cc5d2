import { useDataProvider } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type { ProcedureDetail } from './types';

/**
 * The full procedure (draft XML and versions), always fetched fresh: react-admin's getOne cache may hold the
 * list's summary record, which has neither.
 */
export function useProcedureDetail(id: string) {
  const dataProvider = useDataProvider();
  return useQuery({
    queryKey: ['procedures', 'detail', id],
    queryFn: async () => (await dataProvider.getOne<ProcedureDetail>('procedures', { id })).data,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}
