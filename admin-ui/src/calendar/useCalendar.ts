import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ManagementDataProvider } from '../shared/dataProvider';

export const calendarQueryKey = (year: number) => ['calendar', year];

export function useCalendar(year: number) {
  const dataProvider = useDataProvider<ManagementDataProvider>();
  return useQuery({ queryKey: calendarQueryKey(year), queryFn: () => dataProvider.getCalendar(year), retry: false });
}
