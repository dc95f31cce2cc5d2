import { useDataProvider } from 'react-admin';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NoticeDataProvider } from './dataProvider';

export const MY_NOTICES_KEY = ['my-notices'];
const REFRESH_MS = 30_000;

/** The bell's unread count, refreshed every 30 s (as the inbox badge is). */
export function useUnreadNotices() {
  const dataProvider = useDataProvider<NoticeDataProvider>();
  return useQuery({
    queryKey: [...MY_NOTICES_KEY, 'unread'],
    queryFn: () => dataProvider.getUnreadNoticeCount(),
    refetchInterval: REFRESH_MS,
    retry: false,
  });
}

/** The latest notices, loaded when the bell opens. */
export function useLatestNotices(enabled: boolean) {
  const dataProvider = useDataProvider<NoticeDataProvider>();
  return useQuery({
    queryKey: [...MY_NOTICES_KEY, 'latest'],
    queryFn: () => dataProvider.getMyNotices({ perPage: 20 }),
    enabled,
  });
}

/** Read one (id) or all (no id); the count and the list reload. */
export function useMarkRead() {
  const dataProvider = useDataProvider<NoticeDataProvider>();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) => (id ? dataProvider.markNoticeRead(id) : dataProvider.markAllNoticesRead()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_NOTICES_KEY }),
  });
}
