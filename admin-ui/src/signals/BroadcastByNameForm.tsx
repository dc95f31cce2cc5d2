import { useState } from 'react';
import { Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { isEventName } from '../../../domain/event-names';
import { BroadcastButton } from './BroadcastButton';

/** A signal by its name (one no matter is listed as waiting for yet, say), checked as the API checks it. */
export const BroadcastByNameForm = () => {
  const translate = useTranslate();
  const [name, setName] = useState('');
  const trimmed = name.trim();
  const invalid = trimmed !== '' && !isEventName(trimmed);
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {translate('ow.signals.page.byName')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label={translate('ow.signals.page.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={invalid}
            helperText={translate(invalid ? 'ow.signals.page.invalidName' : 'ow.signals.page.nameHint')}
            slotProps={{ htmlInput: { name: 'signalName', maxLength: 100 } }}
          />
          {trimmed !== '' && !invalid && <BroadcastButton name={trimmed} onDone={() => setName('')} />}
        </Stack>
      </CardContent>
    </Card>
  );
};
