import { useState } from 'react';
import {
  Box,
  Button,
  Card,
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
import AddIcon from '@mui/icons-material/Add';
import { Loading, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { EmptyState, ErrorState } from '../layout/States';
import { Pager } from '../shared/Pager';
import { formatInstant } from '../shared/chinaDate';
import { useHasRole } from '../shared/roles';
import { AssignComplaintDialog } from './AssignComplaintDialog';
import { ComplaintStatus } from './ComplaintStatus';
import type { ComplaintDataProvider } from './dataProvider';
import { ReceiveComplaintDialog } from './ReceiveComplaintDialog';
import { useDepartmentChoices } from '../shared/useDepartments';
import { COMPLAINT_CHANNELS, COMPLAINT_STATES, type Complaint, type ComplaintFilter } from './types';

const PER_PAGE = 25;

const Row = ({ c, canAssign, onAssign }: { c: Complaint; canAssign: boolean; onAssign(): void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <TableRow data-testid={`complaint-${c.receiptNo}`}>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Link to={`/matters/${c.matterId}`}>{c.receiptNo}</Link>
        <Typography variant="caption" component="div" color="text.secondary">
          {formatInstant(c.acceptedAt, locale)}
        </Typography>
      </TableCell>
      <TableCell>{translate(`ow.complaints.channels.${c.channel}`)}</TableCell>
      <TableCell sx={{ maxWidth: 320 }}>
        <Typography variant="body2">{c.content}</Typography>
        <Typography variant="caption" color="text.secondary">
          {c.complainantName}
        </Typography>
      </TableCell>
      <TableCell>
        {c.subjectMatterId && <Link to={`/matters/${c.subjectMatterId}`}>{c.subjectReceiptNo}</Link>}
        {c.subjectUserName && <Typography variant="body2">{c.subjectUserName}</Typography>}
      </TableCell>
      <TableCell>{c.departmentName ?? translate('ow.complaints.unassigned')}</TableCell>
      <TableCell>{c.dueDate}</TableCell>
      <TableCell>
        <ComplaintStatus c={c} />
        {c.awaitingAssignment && canAssign && (
          <Button size="small" onClick={onAssign} data-testid="complaint-assign">
            {translate('ow.complaints.assign')}
          </Button>
        )}
      </TableCell>
      <TableCell>{c.ratingScore ?? '—'}</TableCell>
    </TableRow>
  );
};

/** /complaints — 投诉: take one at the window or from a call, assign what came in online, follow the replies. */
export const ComplaintsPage = () => {
  const translate = useTranslate();
  const canReceive = useHasRole('CLERK', 'MANAGER');
  const dataProvider = useDataProvider<ComplaintDataProvider>();
  const departments = useDepartmentChoices();
  const [filter, setFilter] = useState<ComplaintFilter>({ page: 1, perPage: PER_PAGE });
  const [receiving, setReceiving] = useState(false);
  const [assigning, setAssigning] = useState<Complaint | null>(null);
  const list = useQuery({
    queryKey: ['complaints', filter],
    queryFn: () => dataProvider.getComplaints(filter),
    placeholderData: keepPreviousData,
  });
  const change = (patch: Partial<ComplaintFilter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));
  const done = () => {
    setReceiving(false);
    setAssigning(null);
    void list.refetch();
  };
  const select = (label: string, value: string | undefined, options: Array<[string, string]>, testId: string) => (
    <TextField
      select
      size="small"
      sx={{ minWidth: 160 }}
      label={translate(label)}
      value={value ?? ''}
      slotProps={{ htmlInput: { 'data-testid': testId } }}
      onChange={(e) => change({ [testId.replace('complaints-filter-', '')]: e.target.value || undefined })}
    >
      <MenuItem value="">{translate('ow.complaints.all')}</MenuItem>
      {options.map(([v, l]) => (
        <MenuItem key={v} value={v}>
          {l}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }} data-testid="complaints-page">
      <Title title="ow.complaints.title" />
      <Typography color="text.secondary">{translate('ow.complaints.intro')}</Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        {select(
          'ow.complaints.stateFilter',
          filter.state,
          COMPLAINT_STATES.map((s) => [s, translate(`ow.complaints.states.${s}`)]),
          'complaints-filter-state',
        )}
        {select(
          'ow.complaints.channel',
          filter.channel,
          COMPLAINT_CHANNELS.map((c) => [c, translate(`ow.complaints.channels.${c}`)]),
          'complaints-filter-channel',
        )}
        {select(
          'ow.complaints.department',
          filter.departmentCode,
          departments.map((d) => [d.id, d.name]),
          'complaints-filter-departmentCode',
        )}
        <Box sx={{ flex: 1 }} />
        {canReceive && (
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setReceiving(true)}
            sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
            data-testid="complaint-new"
          >
            {translate('ow.complaints.receive')}
          </Button>
        )}
      </Stack>
      {list.isPending && <Loading />}
      {list.error && (
        <ErrorState
          message="ow.complaints.loadFailed"
          detail={list.error.message}
          onRetry={() => void list.refetch()}
        />
      )}
      {list.data && list.data.total === 0 && <EmptyState message="ow.complaints.empty" />}
      {list.data && list.data.total > 0 && (
        <Card variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="complaints-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('ow.complaints.receiptNo')}</TableCell>
                <TableCell>{translate('ow.complaints.channel')}</TableCell>
                <TableCell>{translate('ow.complaints.content')}</TableCell>
                <TableCell>{translate('ow.complaints.subject')}</TableCell>
                <TableCell>{translate('ow.complaints.department')}</TableCell>
                <TableCell>{translate('ow.complaints.dueDate')}</TableCell>
                <TableCell>{translate('ow.complaints.state')}</TableCell>
                <TableCell>{translate('ow.complaints.rating')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data.data.map((c) => (
                <Row key={c.matterId} c={c} canAssign={canReceive} onAssign={() => setAssigning(c)} />
              ))}
            </TableBody>
          </Table>
          <Pager
            page={filter.page}
            perPage={PER_PAGE}
            total={list.data.total}
            onPage={(page) => setFilter((f) => ({ ...f, page }))}
            messages="ow.complaints"
          />
        </Card>
      )}
      {receiving && <ReceiveComplaintDialog onClose={() => setReceiving(false)} onDone={done} />}
      {assigning && <AssignComplaintDialog complaint={assigning} onClose={() => setAssigning(null)} onDone={done} />}
    </Stack>
  );
};
