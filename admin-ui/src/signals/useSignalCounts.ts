import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { SignalDataProvider } from './dataProvider';

/** GET /signals: the signals running matters wait for now, with how many wait for each. */
export function useSignalCounts(enabled = true) {
  const dataProvider = useDataProvider<SignalDataProvider>();
  return useQuery({
    queryKey: ['signals'],
    queryFn: () => dataProvider.getSignalCounts(),
    enabled,
    refetchOnWindowFocus: false,
  });
}
