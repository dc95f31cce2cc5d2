import { useDataProvider } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type { ResultDataProvider } from './dataProvider';

/** Under the matter's keys, so the matter page's refresh after a case action reloads it too. */
export const matterResultsKey = (matterId: string) => ['matters', 'results', matterId];

/** The matter's results; polled while its issuing step is failing and retrying, so the page sees it heal. */
export function useMatterResults(matterId: string) {
  const dataProvider = useDataProvider<ResultDataProvider>();
  return useQuery({
    queryKey: matterResultsKey(matterId),
    queryFn: () => dataProvider.getMatterResults(matterId),
    refetchOnWindowFocus: false,
    refetchInterval: (query) => (query.state.data?.failures.length ? 5000 : false),
  });
}
