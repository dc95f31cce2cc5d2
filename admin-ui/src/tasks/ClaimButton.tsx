import type { MouseEvent } from 'react';
import { Button } from '@mui/material';
import { useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import type { TaskDataProvider } from './dataProvider';
import type { TaskRow } from './types';
import { useTaskAction } from './useTaskAction';

/** 签收 an open task, or 退回待签收 one I hold; nothing for a task someone else holds. */
export const ClaimButton = ({
  task,
  variant = 'outlined',
}: {
  task: TaskRow;
  variant?: 'outlined' | 'contained' | 'text';
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<TaskDataProvider>();
  const { identity } = useGetIdentity();
  const { run, busy } = useTaskAction();
  const stop = (e: MouseEvent) => e.stopPropagation();
  if (task.suspended) return null;
  if (task.status === 'OPEN' && !task.assigneeId) {
    return (
      <Button
        size="small"
        variant={variant}
        disabled={busy}
        data-testid={`claim-${task.id}`}
        onClick={(e) => {
          stop(e);
          void run(() => dataProvider.claimTask(task.id), 'ow.inbox.notifications.claimed');
        }}
      >
        {translate('ow.inbox.actions.claim')}
      </Button>
    );
  }
  if (task.assigneeId && task.assigneeId === identity?.id && task.status !== 'SUSPENDED') {
    return (
      <Button
        size="small"
        disabled={busy}
        data-testid={`unclaim-${task.id}`}
        onClick={(e) => {
          stop(e);
          void run(() => dataProvider.unclaimTask(task.id), 'ow.inbox.notifications.unclaimed');
        }}
      >
        {translate('ow.inbox.actions.unclaim')}
      </Button>
    );
  }
  return null;
};
