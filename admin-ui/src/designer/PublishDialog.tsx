import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  TextField,
  Typography,
} from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type { ProcedureDataProvider } from '../procedures/dataProvider';
import type { DiffElement, DraftChanges } from '../procedures/types';

const MAX_NOTE = 500;

interface Props {
  procedureId: string;
  /** bumped each time the dialog opens, after the draft was saved: the changes are compared anew */
  openedAt: number | null;
  busy: boolean;
  onCancel(): void;
  onConfirm(changeNote: string): void;
}

const ChangeList = ({ kind, elements }: { kind: 'added' | 'removed' | 'changed'; elements: DiffElement[] }) => {
  const translate = useTranslate();
  if (elements.length === 0) return null;
  const color = kind === 'added' ? 'success' : kind === 'removed' ? 'error' : 'warning';
  return (
    <Box sx={{ mb: 1 }} data-testid={`changes-${kind}`}>
      <Typography variant="subtitle2">
        {translate(`ow.designer.publishDialog.${kind}`)} ({elements.length})
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
        {elements.map((e) => (
          <Chip
            key={e.id}
            size="small"
            color={color}
            variant="outlined"
            data-testid="change-item"
            data-element-id={e.id}
            label={e.name ? `${e.name} · ${e.id}` : e.id}
          />
        ))}
      </Box>
    </Box>
  );
};

const Summary = ({ changes }: { changes: DraftChanges }) => {
  const translate = useTranslate();
  const { baseVersion, unchanged, added, removed, changed } = changes;
  if (baseVersion !== null && unchanged) {
    return <Alert severity="info">{translate('ow.designer.publishDialog.unchanged', { version: baseVersion })}</Alert>;
  }
  const none = added.length + removed.length + changed.length === 0;
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {baseVersion === null
          ? translate('ow.designer.publishDialog.firstVersion')
          : translate('ow.designer.publishDialog.changesSince', { version: baseVersion })}
      </Typography>
      {none && <Alert severity="info">{translate('ow.designer.publishDialog.layoutOnly')}</Alert>}
      <ChangeList kind="added" elements={added} />
      <ChangeList kind="removed" elements={removed} />
      <ChangeList kind="changed" elements={changed} />
    </>
  );
};

/** Publishing asks for a change note and shows what the version changes against the latest one. */
export const PublishDialog = ({ procedureId, openedAt, busy, onCancel, onConfirm }: Props) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ProcedureDataProvider>();
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const changes = useQuery({
    queryKey: ['procedures', 'draft-changes', procedureId, openedAt],
    queryFn: () => dataProvider.getDraftChanges(procedureId),
    enabled: openedAt !== null,
    gcTime: 0,
  });
  const blank = note.trim().length === 0;
  const close = () => {
    setNote('');
    setTouched(false);
    onCancel();
  };
  return (
    <Dialog open={openedAt !== null} onClose={close} fullWidth maxWidth="sm" data-testid="publish-dialog">
      <DialogTitle>{translate('ow.designer.publishDialog.title')}</DialogTitle>
      <DialogContent dividers>
        {changes.isPending && (
          <>
            <Typography variant="body2">{translate('ow.designer.publishDialog.loading')}</Typography>
            <LinearProgress sx={{ my: 1 }} />
          </>
        )}
        {changes.error && (
          <Alert severity="error">
            {translate('ow.designer.publishDialog.loadFailed', { message: changes.error.message })}
          </Alert>
        )}
        {changes.data && <Summary changes={changes.data} />}
        <TextField
          label={translate('ow.designer.publishDialog.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => setTouched(true)}
          error={touched && blank}
          helperText={
            touched && blank
              ? translate('ow.designer.publishDialog.noteRequired')
              : translate('ow.designer.publishDialog.noteHelp')
          }
          required
          multiline
          minRows={2}
          fullWidth
          sx={{ mt: 2 }}
          slotProps={{ htmlInput: { maxLength: MAX_NOTE, 'data-testid': 'change-note' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ow.designer.publishDialog.cancel')}</Button>
        <Button
          variant="contained"
          color="success"
          disabled={busy || blank || !changes.data}
          onClick={() => {
            onConfirm(note.trim());
            setNote('');
            setTouched(false);
          }}
          data-testid="confirm-publish"
        >
          {translate('ow.designer.publishDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
