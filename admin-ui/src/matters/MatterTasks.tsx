import { Chip, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { TaskRow } from '../tasks/types';
import { formatInstant } from '../shared/chinaDate';
import { useCodeLabel } from '../shared/useCodeLabel';

const STATUS_COLOR = {
  OPEN: 'info',
  CLAIMED: 'primary',
  COMPLETED: 'success',
  CANCELLED: 'default',
  SUSPENDED: 'warning',
} as const;

/**
 * The matter's steps so far: who holds or held each, its state and due time; open and completed ones link to the task
 * page (a completed one shows what was decided there).
 */
export const MatterTasks = ({ tasks }: { tasks: TaskRow[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const codeLabel = useCodeLabel();
  if (!tasks.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('ow.matters.tasks.none')}
      </Typography>
    );
  return (
    <Table size="small" data-testid="matter-tasks">
      <TableHead>
        <TableRow>
          <TableCell>{translate('ow.matters.tasks.name')}</TableCell>
          <TableCell>{translate('ow.matters.tasks.holder')}</TableCell>
          <TableCell>{translate('ow.matters.tasks.status')}</TableCell>
          <TableCell>{translate('ow.matters.tasks.dueAt')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tasks.map((t) => (
          <TableRow key={t.id}>
            <TableCell>
              {t.status !== 'CANCELLED' ? (
                <MuiLink component={Link} to={`/inbox/${t.id}`} data-testid={`matter-task-${t.nodeId}`}>
                  {t.name}
                </MuiLink>
              ) : (
                t.name
              )}
            </TableCell>
            <TableCell>
              {(t.status === 'COMPLETED' ? t.completedByName : t.assigneeName) ??
                (codeLabel('departments', t.candidateDepartmentCode) || '—')}
            </TableCell>
            <TableCell>
              <Chip
                size="small"
                color={STATUS_COLOR[t.status] ?? 'default'}
                label={translate(`ow.inbox.statuses.${t.status}`, { _: t.status })}
              />
            </TableCell>
            <TableCell>{formatInstant(t.dueAt, locale) || '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
