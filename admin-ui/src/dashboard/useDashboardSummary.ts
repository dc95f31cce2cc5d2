import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ManagementDataProvider } from '../shared/dataProvider';
import type { DateRange } from './types';

export function useDashboardSummary(range: DateRange) {
  const dataProvider = useDataProvider<ManagementDataProvider>();
  return useQuery({
    queryKey: ['dashboard', 'summary', range.from, range.to],
    queryFn: () => dataProvider.getDashboardSummary(range),
    refetchInterval: 60_000,
    retry: false,
  });
}
