import { useState } from 'react';
import { Box, Card, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import { DataTable, List, SelectInput, Title, useLocaleState, useTranslate } from 'react-admin';
import { EmptyState, ErrorState } from '../layout/States';
import { WarningChip } from '../shared/WarningChip';
import { TranslatedSearchInput } from '../shared/TranslatedSearchInput';
import { formatInstant } from '../shared/chinaDate';
import { ClaimButton } from './ClaimButton';
import { DueCountdown } from './DueCountdown';
import type { TaskRow, TaskScope } from './types';
import { useTaskCounts } from './useTaskCounts';

const filters = [
  <TranslatedSearchInput key="q" source="q" alwaysOn placeholder="ow.inbox.searchPlaceholder" />,
  <SelectInput
    key="due"
    source="due"
    alwaysOn
    emptyText="ow.inbox.due.all"
    choices={[
      { id: 'soon', name: 'ow.inbox.due.soon' },
      { id: 'overdue', name: 'ow.inbox.due.overdue' },
    ]}
  />,
];

const Holder = ({ task }: { task: TaskRow }) => {
  const translate = useTranslate();
  if (task.suspended) return <Chip size="small" color="warning" label={translate('ow.inbox.statuses.SUSPENDED')} />;
  if (task.assigneeName) return <>{task.assigneeName}</>;
  return <Chip size="small" variant="outlined" label={translate('ow.inbox.unclaimed')} />;
};

/** The deadline warning, and 督办 when a manager has supervised the matter. */
const TaskFlags = ({ task }: { task: TaskRow }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5}>
      <WarningChip level={task.warningLevel} />
      {task.supervised && (
        <Chip size="small" color="secondary" label={translate('ow.inbox.supervised')} data-testid="supervised-chip" />
      )}
    </Stack>
  );
};

const CreatedAt = ({ task }: { task: TaskRow }) => {
  const [locale] = useLocaleState();
  return <>{formatInstant(task.createdAt, locale)}</>;
};

const TaskTable = ({ scope }: { scope: TaskScope }) => (
  <List
    resource="tasks"
    filter={{ scope }}
    filters={filters}
    sort={{ field: 'dueAt', order: 'ASC' }}
    disableSyncWithLocation
    storeKey={`inbox.${scope}`}
    actions={false}
    title={false}
    empty={false}
    error={<ErrorState message="ow.inbox.loadFailed" />}
    perPage={25}
    sx={{ '& .RaList-content': { boxShadow: 'none' } }}
  >
    <DataTable
      rowClick={(id) => `/inbox/${id}`}
      bulkActionButtons={false}
      empty={<EmptyState message={`ow.inbox.empty.${scope}`} />}
    >
      <DataTable.Col source="warningLevel" disableSort render={(t: TaskRow) => <TaskFlags task={t} />} />
      <DataTable.Col
        source="name"
        disableSort
        render={(t: TaskRow) => (
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t.name}
          </Typography>
        )}
      />
      <DataTable.Col
        source="itemName"
        disableSort
        render={(t: TaskRow) => (
          <Stack>
            <Typography variant="body2">{t.itemName}</Typography>
            <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
              {t.receiptNo}
            </Typography>
          </Stack>
        )}
      />
      <DataTable.Col source="assigneeName" disableSort render={(t: TaskRow) => <Holder task={t} />} />
      <DataTable.Col source="dueAt" render={(t: TaskRow) => <DueCountdown dueAt={t.dueAt} />} />
      <DataTable.Col source="createdAt" render={(t: TaskRow) => <CreatedAt task={t} />} />
      <DataTable.Col label={false} disableSort render={(t: TaskRow) => <ClaimButton task={t} />} />
    </DataTable>
  </List>
);

/** /inbox — 我的待办 and 本部门待办, due-soon / overdue filters, earliest due first; claim from the list. */
export const InboxPage = () => {
  const translate = useTranslate();
  const [scope, setScope] = useState<TaskScope>('mine');
  const { data: counts } = useTaskCounts();
  const tabLabel = (s: TaskScope) =>
    counts ? `${translate(`ow.inbox.tabs.${s}`)} (${counts[s]})` : translate(`ow.inbox.tabs.${s}`);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('ow.inbox.title')} />
      <Box
        sx={{ display: 'flex', alignItems: 'center', borderBottom: 1, borderColor: 'divider', px: 2, flexWrap: 'wrap' }}
      >
        <Tabs value={scope} onChange={(_e, v: TaskScope) => setScope(v)} sx={{ flex: 1 }}>
          <Tab value="mine" label={tabLabel('mine')} data-testid="tab-mine" />
          <Tab value="department" label={tabLabel('department')} data-testid="tab-department" />
        </Tabs>
        {counts && counts.overdue > 0 && (
          <Chip color="error" size="small" label={translate('ow.inbox.overdueCount', { count: counts.overdue })} />
        )}
      </Box>
      <TaskTable key={scope} scope={scope} />
    </Card>
  );
};
