import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { DisclosureDataProvider } from './dataProvider';

/** how often the screen asks for fresh figures, unless its address says otherwise (#/display?refresh=seconds) */
export const BOARD_REFRESH_MS = 60_000;
/** after a failed ask, the next one comes sooner */
const RETRY_MS = 10_000;

/** The refresh period an address asks for: `refresh` seconds, 2 to 3600; otherwise the default. */
export function refreshMsOf(search: string): number {
  const seconds = Number(new URLSearchParams(search).get('refresh'));
  return Number.isInteger(seconds) && seconds >= 2 && seconds <= 3600 ? seconds * 1000 : BOARD_REFRESH_MS;
}

/**
 * The hall screen's figures, asked again every period for as long as the screen runs. A failed ask (the API
 * restarting) keeps the last figures on screen, says so, and is tried again sooner until it succeeds.
 */
export function useHallBoard(refreshMs: number) {
  const dataProvider = useDataProvider<DisclosureDataProvider>();
  return useQuery({
    queryKey: ['open', 'display'],
    queryFn: () => dataProvider.getHallBoard(),
    refetchInterval: (query) => (query.state.status === 'error' ? Math.min(refreshMs, RETRY_MS) : refreshMs),
    refetchIntervalInBackground: true,
    retry: false,
  });
}
