import { Box, Chip, Stack, Typography } from '@mui/material';
import { Edit, SimpleForm, TextInput, useNotify, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { ErrorState } from '../layout/States';
import { SaveOnlyToolbar } from '../shared/SaveOnlyToolbar';
import type { NoticeTemplate } from './types';

/** The placeholders this kind may use; the server refuses any other with a 400 that names it. */
const Placeholders = () => {
  const translate = useTranslate();
  const record = useRecordContext<NoticeTemplate>();
  if (!record) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate(`ow.notices.kinds.${record.kind}`)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('resources.notice-templates.placeholdersHelp')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="template-placeholders">
        {record.placeholders.map((p) => (
          <Chip
            key={p}
            size="small"
            label={`{${p}} ${translate(`ow.notices.placeholders.${p}`, { _: '' })}`}
            sx={{ ml: '0 !important' }}
          />
        ))}
      </Stack>
    </Box>
  );
};

const body = ({ smsText, smsTemplateCode, emailSubject, emailBody }: NoticeTemplate) => ({
  smsText,
  smsTemplateCode: smsTemplateCode ?? '',
  emailSubject,
  emailBody,
});

/** An admin edits a notice's texts; saving waits for the server, whose refusal (an unknown placeholder) shows as is. */
export const TemplateEdit = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Edit
      mutationMode="pessimistic"
      transform={body}
      mutationOptions={{
        onSuccess: () => {
          notify('resources.notice-templates.saved', { type: 'success' });
          redirect('list', 'notice-templates');
        },
        onError: (e: unknown) => notify((e as Error).message, { type: 'error' }),
      }}
      error={<ErrorState />}
    >
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <Placeholders />
        <TextInput source="smsText" multiline minRows={3} fullWidth />
        <TextInput source="smsTemplateCode" helperText="resources.notice-templates.smsTemplateCodeHelp" />
        <TextInput source="emailSubject" fullWidth />
        <TextInput source="emailBody" multiline minRows={8} fullWidth />
      </SimpleForm>
    </Edit>
  );
};
