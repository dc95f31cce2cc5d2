import { useDataProvider } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type { ClockDataProvider } from './dataProvider';

/** Under the matter's keys, so the matter page's refresh after a case action reloads it too. */
export const matterClockKey = (matterId: string) => ['matters', 'clock', matterId];

export function useMatterClock(matterId: string) {
  const dataProvider = useDataProvider<ClockDataProvider>();
  return useQuery({
    queryKey: matterClockKey(matterId),
    queryFn: () => dataProvider.getMatterClock(matterId),
    refetchOnWindowFocus: false,
  });
}
