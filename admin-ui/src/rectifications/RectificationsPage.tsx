import { useState } from 'react';
import { Button, Chip, Rating, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { formatCivilDate, formatInstant } from '../shared/chinaDate';
import { FollowUpListPage } from '../shared/FollowUpListPage';
import { TextActionDialog } from '../shared/TextActionDialog';
import { useHasRole } from '../shared/roles';
import type { RectificationDataProvider } from './dataProvider';
import { RECTIFICATION_STATUSES, type Rectification } from './types';

type Action = 'reply' | 'accept' | 'return';
type Acting = { id: string; action: Action } | null;

const Row = ({ r, isManager, act }: { r: Rectification; isManager: boolean; act(a: Acting): void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const button = (action: Action, variant: 'contained' | 'text' = 'text') => (
    <Button
      size="small"
      variant={variant}
      onClick={() => act({ id: r.id, action })}
      data-testid={`rectification-${action}`}
    >
      {translate(`ow.rectifications.${action}`)}
    </Button>
  );
  return (
    <TableRow data-testid={`rectification-${r.id}`}>
      <TableCell>
        <Link to={`/matters/${r.matterId}`}>{r.receiptNo}</Link>
        <Typography variant="caption" sx={{ display: 'block' }} color="text.secondary">
          {[r.itemName, r.departmentName].filter(Boolean).join(' · ')}
        </Typography>
      </TableCell>
      <TableCell sx={{ maxWidth: 260 }}>
        <Rating value={r.score} readOnly size="small" />
        {r.comment && <Typography variant="body2">{r.comment}</Typography>}
        <Typography variant="caption" color="text.secondary">
          {formatInstant(r.ratedAt, locale)}
        </Typography>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {formatCivilDate(r.dueDate, locale)}
        {r.overdue && <Chip size="small" color="error" sx={{ ml: 1 }} label={translate('ow.rectifications.late')} />}
      </TableCell>
      <TableCell>
        <Chip
          size="small"
          label={translate(`ow.rectifications.statuses.${r.status}`)}
          data-testid="rectification-status"
        />
        {r.returnCount > 0 && (
          <Typography variant="caption" sx={{ display: 'block' }} color="text.secondary">
            {translate('ow.rectifications.returned', { count: r.returnCount })}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ maxWidth: 340 }}>
        {r.measures && <Typography variant="body2">{r.measures}</Typography>}
        {r.repliedAt && (
          <Typography variant="caption" sx={{ display: 'block' }} color="text.secondary">
            {`${r.repliedByName ?? ''} ${formatInstant(r.repliedAt, locale)}`}
          </Typography>
        )}
        {r.reviewNote && (
          <Typography variant="body2" color={r.status === 'OPEN' ? 'error' : undefined}>
            {translate('ow.rectifications.reviewLine', { note: r.reviewNote })}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={1}>
          {r.canReply && button('reply', 'contained')}
          {isManager && r.status === 'REPLIED' && button('accept', 'contained')}
          {isManager && r.status === 'REPLIED' && button('return')}
        </Stack>
      </TableCell>
    </TableRow>
  );
};

const DIALOG: Record<Action, { minLength: number }> = {
  reply: { minLength: 5 },
  accept: { minLength: 0 },
  return: { minLength: 2 },
};

/** /rectifications — 整改: a poor rating's department replies with measures; a manager accepts them or sends them back. */
export const RectificationsPage = () => {
  const dataProvider = useDataProvider<RectificationDataProvider>();
  const isManager = useHasRole('MANAGER', 'ADMIN');
  const queryClient = useQueryClient();
  const [acting, setActing] = useState<Acting>(null);
  const submit = (id: string, action: Action, text: string) =>
    action === 'reply'
      ? dataProvider.replyRectification(id, text)
      : action === 'accept'
        ? dataProvider.acceptRectification(id, text)
        : dataProvider.returnRectification(id, text);
  return (
    <>
      <FollowUpListPage
        messages="ow.rectifications"
        statuses={RECTIFICATION_STATUSES}
        columns={['matter', 'rating', 'dueDate', 'status', 'measures', 'actions']}
        fetch={(filter) => dataProvider.getRectifications(filter)}
        testId="rectifications-page"
        row={(r) => <Row key={r.id} r={r} isManager={isManager} act={setActing} />}
      />
      {acting && (
        <TextActionDialog
          title={`ow.rectifications.dialogs.${acting.action}.title`}
          label={`ow.rectifications.dialogs.${acting.action}.label`}
          confirmLabel={`ow.rectifications.${acting.action}`}
          minLength={DIALOG[acting.action].minLength}
          successKey={`ow.rectifications.dialogs.${acting.action}.done`}
          failureKey="ow.rectifications.failed"
          submit={(text) => submit(acting.id, acting.action, text)}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            void queryClient.invalidateQueries({ queryKey: ['rectifications-page'] });
          }}
          testId={`rectification-${acting.action}-dialog`}
        />
      )}
    </>
  );
};
