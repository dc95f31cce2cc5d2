import { Box, Button, Chip, Stack, Tooltip, Typography } from '@mui/material';
import MailIcon from '@mui/icons-material/MailOutlined';
import SmsIcon from '@mui/icons-material/SmsOutlined';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatInstant } from '../shared/chinaDate';
import { useHasRole } from '../shared/roles';
import type { NoticeDataProvider } from './dataProvider';
import type { MatterNotice, NoticeStatus } from './types';

const STATUS_COLOR: Record<NoticeStatus, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  PENDING: 'warning',
  SENT: 'success',
  RECORDED: 'info',
  FAILED: 'error',
};

const noticesKey = (matterId: string) => ['matters', 'notices', matterId];

const RetryButton = ({ notice, matterId }: { notice: MatterNotice; matterId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<NoticeDataProvider>();
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => dataProvider.retryNotice(notice.id),
    onSuccess: () => notify('ow.notices.matter.retried', { type: 'success' }),
    onError: (e: Error) => notify(e.message, { type: 'error' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: noticesKey(matterId) }),
  });
  return (
    <Button size="small" disabled={retry.isPending} onClick={() => retry.mutate()} data-testid="notice-retry">
      {translate('ow.notices.matter.retry')}
    </Button>
  );
};

/** One notice: kind, channel, status (with attempts and the last error), to whom, and the text as it went out. */
const NoticeItem = ({ notice, matterId, canRetry }: { notice: MatterNotice; matterId: string; canRetry: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const when = notice.sentAt ?? notice.nextAttemptAt ?? notice.createdAt;
  return (
    <Box data-testid="matter-notice" data-kind={notice.kind} data-channel={notice.channel} data-status={notice.status}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {notice.channel === 'EMAIL' ? <MailIcon fontSize="small" /> : <SmsIcon fontSize="small" />}
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate(`ow.notices.kinds.${notice.kind}`)}
        </Typography>
        <Tooltip title={notice.lastError ?? ''}>
          <Chip
            size="small"
            color={STATUS_COLOR[notice.status]}
            label={translate(`ow.notices.statuses.${notice.status}`)}
          />
        </Tooltip>
        {canRetry && notice.status === 'FAILED' && <RetryButton notice={notice} matterId={matterId} />}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(`ow.notices.matter.line.${notice.status}`, {
          to: notice.recipientMasked ?? translate(`ow.notices.channels.${notice.channel}`),
          when: formatInstant(when, locale),
          attempts: notice.attempts,
        })}
      </Typography>
      {notice.lastError && notice.status !== 'SENT' && (
        <Typography variant="caption" color="error" component="div">
          {notice.lastError}
        </Typography>
      )}
      {notice.body && (
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ mt: 0.5, whiteSpace: 'pre-line', maxHeight: 96, overflow: 'hidden' }}
          title={notice.body}
        >
          {notice.subject ? `${notice.subject}\n` : ''}
          {notice.body}
        </Typography>
      )}
    </Box>
  );
};

/** 通知: the applicant's notices of the matter and how each was sent; a failed one can be sent again by a manager. */
export const MatterNotices = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<NoticeDataProvider>();
  const canRetry = useHasRole('MANAGER', 'ADMIN');
  // while one is pending its status may change any moment
  const notices = useQuery({
    queryKey: noticesKey(matterId),
    queryFn: () => dataProvider.getMatterNotices(matterId),
    refetchInterval: (q) => (q.state.data?.data.some((n) => n.status === 'PENDING') ? 10_000 : false),
  });
  if (notices.isError)
    return (
      <Typography variant="body2" color="error">
        {translate('ow.notices.matter.failed')}
      </Typography>
    );
  if (!notices.data) return null;
  if (!notices.data.data.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('ow.notices.matter.none')}
      </Typography>
    );
  return (
    <Stack spacing={1.5} data-testid="matter-notices">
      {notices.data.data.map((n) => (
        <NoticeItem key={n.id} notice={n} matterId={matterId} canRetry={canRetry} />
      ))}
    </Stack>
  );
};
