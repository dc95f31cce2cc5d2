import { useState } from 'react';
import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import { SectionCard } from '../matters/SectionCard';
import { useCaseAction } from '../matters/useCaseAction';
import { useRefreshMatter } from '../matters/useMatterDetail';
import type { MessageDataProvider } from './dataProvider';
import type { MessageWait } from './types';

const SENDERS = ['CLERK', 'APPROVER', 'MANAGER', 'ADMIN'];
/** 补正 has its own button with the materials list (材料已补齐). */
const OWN_BUTTON = new Set(['materialsSupplied']);

/** The messages the matter waits for, one button each; shown only while it waits for one this user may record. */
export const MessagesCard = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<MessageDataProvider>();
  const { permissions } = usePermissions<string[]>();
  const mayRecord = SENDERS.some((role) => permissions?.includes(role));
  const waits = useQuery({
    queryKey: ['matters', 'messages', matterId],
    queryFn: () => dataProvider.getMessageWaits(matterId),
    enabled: mayRecord,
    refetchOnWindowFocus: false,
  });
  if (!mayRecord) return null;
  if (waits.error) return <Alert severity="warning">{translate('ow.messages.loadFailed')}</Alert>;
  const offered = (waits.data?.waits ?? []).filter((w) => !w.ownForm && !OWN_BUTTON.has(w.name));
  if (offered.length === 0) return null;
  return (
    <SectionCard title="ow.messages.title" testId="messages-card">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('ow.messages.help')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {offered.map((wait) => (
          <MessageButton key={`${wait.name}:${wait.nodeId}`} matterId={matterId} wait={wait} />
        ))}
      </Stack>
    </SectionCard>
  );
};

const MessageButton = ({ matterId, wait }: { matterId: string; wait: MessageWait }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<MessageDataProvider>();
  const refresh = useRefreshMatter(matterId);
  const { run, busy } = useCaseAction();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const submit = () =>
    run(
      () => dataProvider.sendMessage(matterId, wait.name, note.trim() ? { note: note.trim() } : {}),
      'ow.messages.notifications.sent',
      () => {
        setOpen(false);
        refresh();
      },
    );
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<MarkEmailReadIcon />}
        onClick={() => setOpen(true)}
        data-testid={`message-${wait.name}`}
      >
        {translate('ow.messages.send', { label: wait.label })}
      </Button>
      <ActionDialog
        open={open}
        title="ow.messages.dialog.title"
        confirmLabel="ow.messages.dialog.confirm"
        busy={busy}
        onClose={() => setOpen(false)}
        onConfirm={() => void submit()}
      >
        <Typography variant="subtitle1" sx={{ mb: 1 }}>
          {wait.label}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('ow.messages.dialog.help', { name: wait.name })}
        </Typography>
        <TextField
          fullWidth
          multiline
          minRows={2}
          label={translate('ow.messages.dialog.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          slotProps={{ htmlInput: { name: 'note', maxLength: 2000 } }}
        />
      </ActionDialog>
    </>
  );
};
