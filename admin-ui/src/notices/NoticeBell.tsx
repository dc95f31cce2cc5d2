import { useState } from 'react';
import {
  Badge,
  Box,
  Button,
  Divider,
  IconButton,
  List,
  ListItemButton,
  ListItemText,
  Popover,
  Tooltip,
  Typography,
} from '@mui/material';
import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import { useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { formatInstant } from '../shared/chinaDate';
import type { StaffNotice } from './types';
import { useLatestNotices, useMarkRead, useUnreadNotices } from './useMyNotices';

/** One line of the bell's list: what happened, on which matter, when. */
const NoticeLine = ({ notice, onOpen }: { notice: StaffNotice; onOpen(n: StaffNotice): void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const data = Object.fromEntries(Object.entries(notice.data ?? {}).map(([k, v]) => [k, v ?? '']));
  return (
    <ListItemButton
      onClick={() => onOpen(notice)}
      data-testid="notice-line"
      data-kind={notice.kind}
      sx={{ alignItems: 'flex-start', bgcolor: notice.readAt ? undefined : 'action.hover' }}
    >
      <ListItemText
        primary={translate(`ow.notices.staff.${notice.kind}`, data)}
        secondary={`${data.receiptNo ?? ''} ${data.itemName ?? ''} · ${formatInstant(notice.createdAt, locale)}`}
        slotProps={{ primary: { sx: { fontWeight: notice.readAt ? 400 : 600 } } }}
      />
    </ListItemButton>
  );
};

/** Notices of a 督办 or 整改 open the page where it is answered, the others their matter. */
const FOLLOW_UP_PAGE: Array<[string, string]> = [
  ['SUPERVIS', '/supervisions'],
  ['RECTIFICATION_', '/rectifications'],
];

/** The app bar's bell: unread in-console notices (new task, transfer, 督办, warnings), a list, mark read. */
export const NoticeBell = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const unread = useUnreadNotices();
  const latest = useLatestNotices(Boolean(anchor));
  const markRead = useMarkRead();
  const count = unread.data?.unread ?? 0;

  const open = (notice: StaffNotice) => {
    if (!notice.readAt) markRead.mutate(notice.id);
    setAnchor(null);
    const followUp = FOLLOW_UP_PAGE.find(([prefix]) => notice.kind.startsWith(prefix))?.[1];
    if (followUp) navigate(followUp);
    else if (notice.matterId) navigate(`/matters/${notice.matterId}`);
  };

  return (
    <>
      <Tooltip title={translate('ow.notices.bell.tooltip', { count })}>
        <IconButton color="inherit" onClick={(e) => setAnchor(e.currentTarget)} data-testid="notice-bell">
          <Badge badgeContent={count} max={99} color="error" data-testid="notice-bell-badge" data-count={count}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ width: 380, maxHeight: 480, display: 'flex', flexDirection: 'column' }} data-testid="notice-list">
          <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1 }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
              {translate('ow.notices.bell.title')}
            </Typography>
            <Button size="small" disabled={count === 0} onClick={() => markRead.mutate(undefined)}>
              {translate('ow.notices.bell.readAll')}
            </Button>
          </Box>
          <Divider />
          <List dense sx={{ overflowY: 'auto' }}>
            {latest.data?.data.map((n) => (
              <NoticeLine key={n.id} notice={n} onOpen={open} />
            ))}
            {latest.data?.data.length === 0 && (
              <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 3, textAlign: 'center' }}>
                {translate('ow.notices.bell.none')}
              </Typography>
            )}
            {latest.isError && (
              <Typography variant="body2" color="error" sx={{ px: 2, py: 3 }}>
                {translate('ow.notices.bell.failed')}
              </Typography>
            )}
          </List>
        </Box>
      </Popover>
    </>
  );
};
