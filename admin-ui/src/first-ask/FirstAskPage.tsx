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
import { Loading, Title, useDataProvider, useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { EmptyState, ErrorState } from '../layout/States';
import { Pager } from '../shared/Pager';
import { formatInstant, monthStart, chinaToday } from '../shared/chinaDate';
import { useHasRole } from '../shared/roles';
import type { FirstAskDataProvider } from './dataProvider';
import { LinkMatterDialog } from './LinkMatterDialog';
import { RecordFirstAskDialog } from './RecordFirstAskDialog';
import type { FirstAsk, FirstAskFilter } from './types';

const PER_PAGE = 25;

const Row = ({ r, canLink, onLink }: { r: FirstAsk; canLink: boolean; onLink(): void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const handedTo = [r.handedToName, r.handedToDepartmentCode].filter(Boolean).join(' · ');
  return (
    <TableRow data-testid={`first-ask-${r.id}`}>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatInstant(r.askedAt, locale)}</TableCell>
      <TableCell>{translate(`ow.firstAsk.channels.${r.channel}`)}</TableCell>
      <TableCell>{r.responderName}</TableCell>
      <TableCell>
        {[r.askerName, r.askerPhoneLast4 && `****${r.askerPhoneLast4}`].filter(Boolean).join(' ') ||
          translate('ow.firstAsk.none')}
      </TableCell>
      <TableCell sx={{ maxWidth: 260 }}>
        <Typography variant="body2">{r.question}</Typography>
        {r.itemName && (
          <Typography variant="caption" color="text.secondary">
            {r.itemName}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ maxWidth: 300 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate(`ow.firstAsk.outcomes.${r.outcome}`)}
          {handedTo && ` → ${handedTo}`}
        </Typography>
        <Typography variant="body2">{r.answer}</Typography>
      </TableCell>
      <TableCell>
        {r.matterId ? (
          <Link to={`/matters/${r.matterId}`}>{r.matterReceiptNo}</Link>
        ) : (
          canLink && (
            <Button size="small" onClick={onLink} data-testid="first-ask-link">
              {translate('ow.firstAsk.link')}
            </Button>
          )
        )}
      </TableCell>
    </TableRow>
  );
};

/** /first-asks — 首问责任制: record who was asked first and what they answered or whom they handed over to. */
export const FirstAskPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const isManager = useHasRole('MANAGER', 'ADMIN');
  const canRecord = useHasRole('CLERK', 'APPROVER', 'AGENT', 'MANAGER');
  const dataProvider = useDataProvider<FirstAskDataProvider>();
  const [filter, setFilter] = useState<FirstAskFilter>({
    page: 1,
    perPage: PER_PAGE,
    from: monthStart(chinaToday()),
    to: chinaToday(),
  });
  const [recording, setRecording] = useState(false);
  const [linking, setLinking] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['first-asks', filter],
    queryFn: () => dataProvider.getFirstAsks(filter),
    placeholderData: keepPreviousData,
  });
  const change = (patch: Partial<FirstAskFilter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));
  const done = () => {
    setRecording(false);
    setLinking(null);
    void list.refetch();
  };
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }} data-testid="first-ask-page">
      <Title title="ow.firstAsk.title" />
      <Typography color="text.secondary">{translate('ow.firstAsk.intro')}</Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <TextField
          type="date"
          size="small"
          label={translate('ow.firstAsk.from')}
          value={filter.from ?? ''}
          onChange={(e) => change({ from: e.target.value || undefined })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          type="date"
          size="small"
          label={translate('ow.firstAsk.to')}
          value={filter.to ?? ''}
          onChange={(e) => change({ to: e.target.value || undefined })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          select
          size="small"
          sx={{ minWidth: 180 }}
          label={translate('ow.firstAsk.linkedFilter')}
          value={filter.linked ?? ''}
          onChange={(e) => change({ linked: (e.target.value || undefined) as FirstAskFilter['linked'] })}
        >
          <MenuItem value="">{translate('ow.firstAsk.all')}</MenuItem>
          <MenuItem value="true">{translate('ow.firstAsk.yes')}</MenuItem>
          <MenuItem value="false">{translate('ow.firstAsk.no')}</MenuItem>
        </TextField>
        <Box sx={{ flex: 1 }} />
        {canRecord && (
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setRecording(true)}
            data-testid="first-ask-new"
          >
            {translate('ow.firstAsk.record')}
          </Button>
        )}
      </Stack>
      {list.isPending && <Loading />}
      {list.error && (
        <ErrorState message="ow.firstAsk.loadFailed" detail={list.error.message} onRetry={() => void list.refetch()} />
      )}
      {list.data && list.data.total === 0 && <EmptyState message="ow.firstAsk.empty" />}
      {list.data && list.data.total > 0 && (
        <Card variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="first-ask-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('ow.firstAsk.askedAt')}</TableCell>
                <TableCell>{translate('ow.firstAsk.channel')}</TableCell>
                <TableCell>{translate('ow.firstAsk.responder')}</TableCell>
                <TableCell>{translate('ow.firstAsk.asker')}</TableCell>
                <TableCell>{translate('ow.firstAsk.question')}</TableCell>
                <TableCell>{translate('ow.firstAsk.outcome')}</TableCell>
                <TableCell>{translate('ow.firstAsk.matter')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data.data.map((r) => (
                <Row
                  key={r.id}
                  r={r}
                  canLink={isManager || r.responderId === identity?.id}
                  onLink={() => setLinking(r.id)}
                />
              ))}
            </TableBody>
          </Table>
          <Pager
            page={filter.page}
            perPage={PER_PAGE}
            total={list.data.total}
            onPage={(page) => setFilter((f) => ({ ...f, page }))}
            messages="ow.firstAsk"
          />
        </Card>
      )}
      {recording && <RecordFirstAskDialog onClose={() => setRecording(false)} onDone={done} />}
      {linking && <LinkMatterDialog id={linking} onClose={() => setLinking(null)} onDone={done} />}
    </Stack>
  );
};
