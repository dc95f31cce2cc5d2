import { Divider, List, ListItem, Paper, Stack, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { MaterialDataProvider } from './dataProvider';
import { FileChips } from './FileChips';
import { formatBytes } from './format';
import { UploadButton } from './UploadButton';

interface Props {
  /** the intake's idempotency key: the files wait under it and join the matter the intake makes */
  intakeKey: string;
  itemCode: string;
  materials: Array<{ code: string; name: string }>;
  /** a file was uploaded for this material: the wizard ticks it as received */
  onUploaded(code: string): void;
}

/** The intake wizard's uploads (window and village agent): files staged before the intake is submitted. */
export const StagedUploads = ({ intakeKey, itemCode, materials, onUploaded }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<MaterialDataProvider>();
  const queryClient = useQueryClient();
  const key = ['materials', 'staged', intakeKey];
  const staged = useQuery({ queryKey: key, queryFn: () => dataProvider.listStagedFiles(intakeKey) });
  const limits = useQuery({ queryKey: ['materials', 'limits'], queryFn: () => dataProvider.getUploadLimits() });
  const reload = () => queryClient.invalidateQueries({ queryKey: key });
  const remove = async (fileId: string) => {
    try {
      await dataProvider.unstageMaterialFile(fileId);
      notify('ow.materials.removed', { type: 'info' });
    } catch (e) {
      notify('ow.materials.removeFailed', { type: 'error', messageArgs: { message: (e as Error).message } });
    }
    await reload();
  };
  return (
    <Paper variant="outlined" sx={{ mt: 2 }} data-testid="staged-uploads">
      <Stack sx={{ px: 2, py: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate('ow.materials.stagedTitle')}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate('ow.materials.stagedHelp')}
          {limits.data && ` ${translate('ow.materials.accepted', { limit: formatBytes(limits.data.fileBytes) })}`}
        </Typography>
      </Stack>
      <Divider />
      <List dense disablePadding>
        {materials.map((m) => (
          <ListItem key={m.code} divider sx={{ display: 'block' }} data-testid={`staged-${m.code}`}>
            <Stack direction="row" sx={{ alignItems: 'center' }}>
              <Typography variant="body2" sx={{ flex: 1 }}>
                {m.name}
              </Typography>
              <UploadButton
                maxBytes={limits.data?.fileBytes}
                upload={async (file) => {
                  await dataProvider.stageMaterialFile({ intakeKey, itemCode, materialCode: m.code }, file);
                  onUploaded(m.code);
                  await reload();
                }}
                testId={`stage-${m.code}`}
              />
            </Stack>
            <FileChips
              files={(staged.data ?? []).filter((f) => f.materialCode === m.code)}
              onRemove={(f) => void remove(f.id)}
            />
          </ListItem>
        ))}
      </List>
    </Paper>
  );
};
