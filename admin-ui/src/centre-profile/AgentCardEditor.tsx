import { useState } from 'react';
import { Avatar, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { agentPhotoUrl } from '../disclosure/dataProvider';
import type { AgentCard } from '../disclosure/types';
import type { CentreProfileDataProvider } from './dataProvider';

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** One agent's public card: work phone, a note, and the photo posted with them. */
export const AgentCardEditor = ({ agent, onSaved }: { agent: AgentCard; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<CentreProfileDataProvider>();
  const [phone, setPhone] = useState(agent.phone ?? '');
  const [note, setNote] = useState(agent.note ?? '');
  const [photo, setPhoto] = useState<string | null | undefined>(undefined);
  const save = useMutation({
    mutationFn: () => dataProvider.saveAgentCard(agent.id, { phone, note: note || null, photo }),
    onSuccess: () => {
      setPhoto(undefined);
      notify('ow.centreProfile.agentSaved', { type: 'success' });
      onSaved();
    },
    onError: (e: Error) => notify('ow.centreProfile.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  const shown = photo === undefined ? (agent.hasPhoto ? agentPhotoUrl(agent.id) : undefined) : (photo ?? undefined);
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{ alignItems: { sm: 'center' }, py: 1.5 }}
      data-testid={`agent-editor-${agent.name}`}
    >
      <Avatar src={shown} alt={agent.name} sx={{ width: 64, height: 64 }}>
        {agent.name.slice(0, 1)}
      </Avatar>
      <Box sx={{ minWidth: 140 }}>
        <Typography sx={{ fontWeight: 600 }}>{agent.name}</Typography>
        <Typography variant="body2" color="text.secondary">
          {agent.stationName ?? translate('ow.centreProfile.noStation')}
        </Typography>
      </Box>
      <TextField
        size="small"
        name="phone"
        label={translate('ow.centreProfile.agentPhone')}
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
      />
      <TextField
        size="small"
        name="note"
        label={translate('ow.centreProfile.agentNote')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        sx={{ flex: 1 }}
      />
      <Button component="label" size="small">
        {translate('ow.centreProfile.choosePhoto')}
        <input
          hidden
          type="file"
          accept="image/jpeg,image/png,image/webp"
          data-testid="agent-photo-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readAsDataUrl(file).then(setPhoto);
          }}
        />
      </Button>
      {(agent.hasPhoto || photo) && (
        <Button size="small" color="warning" onClick={() => setPhoto(null)}>
          {translate('ow.centreProfile.removePhoto')}
        </Button>
      )}
      <Button variant="contained" size="small" onClick={() => save.mutate()} disabled={save.isPending}>
        {translate('ra.action.save')}
      </Button>
    </Stack>
  );
};
