import { useState } from 'react';
import { Button, Card, CardActions, CardContent, CardHeader, Stack, TextField } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import type { CentreProfileDataProvider } from './dataProvider';
import type { CentreProfile } from './types';

const TEXT_FIELDS = ['name', 'address', 'hours', 'phone', 'complaintPhone'] as const;
const LIST_FIELDS = ['discipline', 'commitments'] as const;

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The centre's particulars; discipline and commitments one a line, as they go on the wall. */
export const CentreProfileForm = ({ profile, onSaved }: { profile: CentreProfile; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<CentreProfileDataProvider>();
  const [text, setText] = useState(() => Object.fromEntries(TEXT_FIELDS.map((f) => [f, profile[f]])));
  const [lists, setLists] = useState(() => Object.fromEntries(LIST_FIELDS.map((f) => [f, profile[f].join('\n')])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () =>
      dataProvider.saveCentreProfile({
        ...(text as Pick<CentreProfile, (typeof TEXT_FIELDS)[number]>),
        discipline: linesOf(lists.discipline),
        commitments: linesOf(lists.commitments),
      }),
    onSuccess: () => {
      setErrors({});
      notify('ow.centreProfile.saved', { type: 'success' });
      onSaved();
    },
    onError: (e: Error & { body?: { error?: { details?: Array<{ path: string; message: string }> } } }) => {
      setErrors(Object.fromEntries((e.body?.error?.details ?? []).map((d) => [d.path.split('.')[0], d.message])));
      notify('ow.centreProfile.failed', { type: 'error', messageArgs: { detail: e.message } });
    },
  });
  return (
    <Card variant="outlined" data-testid="centre-profile-form">
      <CardHeader
        title={translate('ow.centreProfile.centre')}
        subheader={translate('ow.centreProfile.centreHint')}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2' } }}
      />
      <CardContent>
        <Stack spacing={2}>
          {TEXT_FIELDS.map((f) => (
            <TextField
              key={f}
              name={f}
              label={translate(`ow.centreProfile.fields.${f}`)}
              value={text[f]}
              onChange={(e) => setText({ ...text, [f]: e.target.value })}
              error={Boolean(errors[f])}
              helperText={errors[f]}
            />
          ))}
          {LIST_FIELDS.map((f) => (
            <TextField
              key={f}
              name={f}
              multiline
              minRows={4}
              label={translate(`ow.centreProfile.fields.${f}`)}
              value={lists[f]}
              onChange={(e) => setLists({ ...lists, [f]: e.target.value })}
              error={Boolean(errors[f])}
              helperText={errors[f] ?? translate('ow.centreProfile.oneALine')}
            />
          ))}
        </Stack>
      </CardContent>
      <CardActions>
        <Button variant="contained" onClick={() => save.mutate()} disabled={save.isPending} data-testid="save-centre">
          {translate('ra.action.save')}
        </Button>
      </CardActions>
    </Card>
  );
};
