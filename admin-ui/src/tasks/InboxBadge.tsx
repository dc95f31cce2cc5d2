import type { ReactNode } from 'react';
import { Badge, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useTaskCounts } from './useTaskCounts';

/**
 * The 待办 menu icon with the number of open tasks. A claimed task of my department counts in both "mine" and
 * "department", so the larger of the two is shown; the tooltip gives all three.
 */
export const InboxBadge = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const { data } = useTaskCounts();
  if (!data) return <>{children}</>;
  const count = Math.max(data.mine, data.department);
  return (
    <Tooltip title={translate('ow.inbox.badgeTooltip', data)} placement="right">
      <Badge badgeContent={count} max={99} color={data.overdue > 0 ? 'error' : 'primary'} data-testid="inbox-badge">
        {children}
      </Badge>
    </Tooltip>
  );
};
