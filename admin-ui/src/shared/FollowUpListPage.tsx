import { useState, type ReactNode } from 'react';
import {
  Card,
  Checkbox,
  FormControlLabel,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Loading, Title, useTranslate } from 'react-admin';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState } from '../layout/States';
import { Pager } from './Pager';

const PER_PAGE = 25;

export interface FollowUpFilter {
  page: number;
  perPage: number;
  status?: string;
  overdue?: 'true';
}

interface Props<T> {
  /** the i18n prefix of the page's messages (title, intro, status, statuses.*, overdueOnly, columns.*, …) */
  messages: string;
  statuses: readonly string[];
  columns: string[];
  fetch(filter: FollowUpFilter): Promise<{ data: T[]; total: number }>;
  row(item: T): ReactNode;
  /** the page's test id, also its query key: an action refreshes the list by invalidating it */
  testId: string;
}

/** A follow-up list (督办, 整改): filter by status and lateness, a page of rows with their own actions. */
export function FollowUpListPage<T>({ messages, statuses, columns, fetch, row, testId }: Props<T>) {
  const translate = useTranslate();
  const [filter, setFilter] = useState<FollowUpFilter>({ page: 1, perPage: PER_PAGE });
  const list = useQuery({
    queryKey: [testId, filter],
    queryFn: () => fetch(filter),
    placeholderData: keepPreviousData,
  });
  const change = (patch: Partial<FollowUpFilter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));
  const reload = () => void list.refetch();
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }} data-testid={testId}>
      <Title title={`${messages}.title`} />
      <Typography color="text.secondary">{translate(`${messages}.intro`)}</Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <TextField
          select
          size="small"
          sx={{ minWidth: 180 }}
          label={translate(`${messages}.status`)}
          value={filter.status ?? ''}
          onChange={(e) => change({ status: e.target.value || undefined })}
          slotProps={{ htmlInput: { 'data-testid': 'follow-up-status' } }}
        >
          <MenuItem value="">{translate(`${messages}.all`)}</MenuItem>
          {statuses.map((s) => (
            <MenuItem key={s} value={s}>
              {translate(`${messages}.statuses.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Checkbox
              checked={filter.overdue === 'true'}
              onChange={(e) => change({ overdue: e.target.checked ? 'true' : undefined })}
            />
          }
          label={translate(`${messages}.overdueOnly`)}
        />
      </Stack>
      {list.isPending && <Loading />}
      {list.error && <ErrorState message={`${messages}.loadFailed`} detail={list.error.message} onRetry={reload} />}
      {list.data && list.data.total === 0 && <EmptyState message={`${messages}.empty`} />}
      {list.data && list.data.total > 0 && (
        <Card variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell key={c}>{translate(`${messages}.columns.${c}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>{list.data.data.map(row)}</TableBody>
          </Table>
          <Pager
            page={filter.page}
            perPage={PER_PAGE}
            total={list.data.total}
            onPage={(page) => setFilter((f) => ({ ...f, page }))}
            messages="ow.followUp"
          />
        </Card>
      )}
    </Stack>
  );
}
