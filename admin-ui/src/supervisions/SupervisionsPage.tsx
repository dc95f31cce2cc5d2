import { useState } from 'react';
import { Button, Chip, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { formatCivilDate, formatInstant } from '../shared/chinaDate';
import { FollowUpListPage } from '../shared/FollowUpListPage';
import { TextActionDialog } from '../shared/TextActionDialog';
import { useHasRole } from '../shared/roles';
import type { SupervisionDataProvider } from './dataProvider';
import { SUPERVISION_STATUSES, type Supervision } from './types';

type Acting = { id: string; action: 'reply' | 'close' } | null;

const Row = ({ s, isManager, act }: { s: Supervision; isManager: boolean; act(a: Acting): void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <TableRow data-testid={`supervision-${s.id}`}>
      <TableCell>
        <Link to={`/matters/${s.matterId}`}>{s.receiptNo}</Link>
        <Typography variant="caption" sx={{ display: 'block' }} color="text.secondary">
          {s.itemName}
        </Typography>
      </TableCell>
      <TableCell sx={{ maxWidth: 280 }}>
        <Typography variant="body2">{s.message}</Typography>
        <Typography variant="caption" color="text.secondary">
          {[s.fromName, s.toName && `→ ${s.toName}`, formatInstant(s.at, locale)].filter(Boolean).join(' ')}
        </Typography>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {s.replyDueDate ? formatCivilDate(s.replyDueDate, locale) : '—'}
        {s.overdue && <Chip size="small" color="error" sx={{ ml: 1 }} label={translate('ow.supervisions.late')} />}
      </TableCell>
      <TableCell>
        <Chip size="small" label={translate(`ow.supervisions.statuses.${s.status}`)} data-testid="supervision-status" />
      </TableCell>
      <TableCell sx={{ maxWidth: 320 }}>
        {s.reply && <Typography variant="body2">{s.reply}</Typography>}
        {s.repliedAt && (
          <Typography variant="caption" color="text.secondary">
            {`${s.repliedByName ?? ''} ${formatInstant(s.repliedAt, locale)}`}
          </Typography>
        )}
        {s.closeNote && (
          <Typography variant="body2">{translate('ow.supervisions.closeLine', { note: s.closeNote })}</Typography>
        )}
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={1}>
          {s.canReply && (
            <Button
              size="small"
              variant="contained"
              onClick={() => act({ id: s.id, action: 'reply' })}
              data-testid="supervision-reply"
            >
              {translate('ow.supervisions.reply')}
            </Button>
          )}
          {isManager && s.status !== 'CLOSED' && (
            <Button size="small" onClick={() => act({ id: s.id, action: 'close' })} data-testid="supervision-close">
              {translate('ow.supervisions.close')}
            </Button>
          )}
        </Stack>
      </TableCell>
    </TableRow>
  );
};

/** /supervisions — 督办: the holder answers what was done; managers see every one, the late ones escalated, and close them. */
export const SupervisionsPage = () => {
  const dataProvider = useDataProvider<SupervisionDataProvider>();
  const isManager = useHasRole('MANAGER', 'ADMIN');
  const queryClient = useQueryClient();
  const [acting, setActing] = useState<Acting>(null);
  const done = () => {
    setActing(null);
    void queryClient.invalidateQueries({ queryKey: ['supervisions-page'] });
  };
  return (
    <>
      <FollowUpListPage
        messages="ow.supervisions"
        statuses={SUPERVISION_STATUSES}
        columns={['matter', 'message', 'replyDueDate', 'status', 'reply', 'actions']}
        fetch={(filter) => dataProvider.getSupervisions(filter)}
        testId="supervisions-page"
        row={(s) => <Row key={s.id} s={s} isManager={isManager} act={setActing} />}
      />
      {acting?.action === 'reply' && (
        <TextActionDialog
          title="ow.supervisions.replyTitle"
          label="ow.supervisions.replyLabel"
          confirmLabel="ow.supervisions.reply"
          minLength={2}
          successKey="ow.supervisions.replied"
          failureKey="ow.supervisions.failed"
          submit={(text) => dataProvider.replySupervision(acting.id, text)}
          onClose={() => setActing(null)}
          onDone={done}
          testId="supervision-reply-dialog"
        />
      )}
      {acting?.action === 'close' && (
        <TextActionDialog
          title="ow.supervisions.closeTitle"
          label="ow.supervisions.closeLabel"
          confirmLabel="ow.supervisions.close"
          minLength={0}
          successKey="ow.supervisions.closed"
          failureKey="ow.supervisions.failed"
          submit={(text) => dataProvider.closeSupervision(acting.id, text)}
          onClose={() => setActing(null)}
          onDone={done}
          testId="supervision-close-dialog"
        />
      )}
    </>
  );
};
