import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ManagementDataProvider } from '../shared/dataProvider';

export const calendarQueryKey = (year: number) => ['calendar', year];
export const scheduleYearsQueryKey = ['calendar', 'years'];

export function useCalendar(year: number) {
  const dataProvider = useDataProvider<ManagementDataProvider>();
  return useQuery({ queryKey: calendarQueryKey(year), queryFn: () => dataProvider.getCalendar(year), retry: false });
}

/** Which years have a published holiday schedule (built in or loaded) and which are provisional. */
export function useScheduleYears() {
  const dataProvider = useDataProvider<ManagementDataProvider>();
  return useQuery({ queryKey: scheduleYearsQueryKey, queryFn: () => dataProvider.getScheduleYears(), retry: false });
}
