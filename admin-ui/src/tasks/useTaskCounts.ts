import { useDataProvider, usePermissions } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type { TaskDataProvider } from './dataProvider';

export const TASK_COUNTS_KEY = ['tasks', 'counts'];
const REFRESH_MS = 30_000;
const INBOX_ROLES = ['APPROVER', 'CLERK', 'AGENT'];

/** Open task counts for the menu badge and the inbox tabs, refreshed every 30 s; only for roles with an inbox. */
export function useTaskCounts() {
  const dataProvider = useDataProvider<TaskDataProvider>();
  const { permissions } = usePermissions<string[]>();
  return useQuery({
    queryKey: TASK_COUNTS_KEY,
    queryFn: () => dataProvider.getTaskCounts(),
    enabled: Boolean(permissions?.some((r) => INBOX_ROLES.includes(r))),
    refetchInterval: REFRESH_MS,
    retry: false,
  });
}
