import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { Box, Button, Chip, Divider, IconButton, Tooltip } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import PublishIcon from '@mui/icons-material/Publish';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import DownloadIcon from '@mui/icons-material/Download';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import UndoIcon from '@mui/icons-material/Undo';
import RedoIcon from '@mui/icons-material/Redo';
import FitScreenIcon from '@mui/icons-material/FitScreen';
import { Confirm, useTranslate } from 'react-admin';
import { VersionsMenu } from './VersionsMenu';
import type { VersionSummary } from '../procedures/types';

interface Props {
  procedureId: string;
  versions: VersionSummary[];
  canWrite: boolean;
  dirty: boolean;
  busy: boolean;
  onSave(): void;
  onPublish(): void;
  onImport(file: File): void;
  onExport(): void;
  onTemplate(): void;
  onUndo(): void;
  onRedo(): void;
  onFit(): void;
  /** a version was restored as the draft: reload it */
  onRestored(): void;
}

/** Save, publish, import / export, the standard template, undo / redo and the versions list (restore as draft). */
export const DesignerToolbar = (p: Props) => {
  const translate = useTranslate();
  const fileInput = useRef<HTMLInputElement>(null);
  const [confirmTemplate, setConfirmTemplate] = useState(false);
  const pickFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) p.onImport(file);
    e.target.value = '';
  };
  const icon = (title: string, onClick: () => void, node: ReactNode, testId: string) => (
    <Tooltip title={translate(title)}>
      <IconButton size="small" onClick={onClick} aria-label={translate(title)} data-testid={testId}>
        {node}
      </IconButton>
    </Tooltip>
  );
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        flexWrap: 'wrap',
        px: 1,
        py: 0.5,
        '& .MuiButton-root': { textTransform: 'none' },
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
      }}
    >
      {p.canWrite && (
        <>
          <Button
            variant="contained"
            startIcon={<SaveIcon />}
            onClick={p.onSave}
            disabled={p.busy}
            data-testid="save-draft"
          >
            {translate('ow.designer.toolbar.save')}
          </Button>
          <Button
            variant="contained"
            color="success"
            startIcon={<PublishIcon />}
            onClick={p.onPublish}
            disabled={p.busy}
            data-testid="publish"
          >
            {translate('ow.designer.toolbar.publish')}
          </Button>
        </>
      )}
      <Chip
        size="small"
        variant="outlined"
        color={p.dirty ? 'warning' : 'default'}
        data-testid="dirty-state"
        label={translate(p.dirty ? 'ow.designer.unsaved' : 'ow.designer.saved')}
      />
      <Divider orientation="vertical" flexItem />
      {icon('ow.designer.toolbar.undo', p.onUndo, <UndoIcon />, 'undo')}
      {icon('ow.designer.toolbar.redo', p.onRedo, <RedoIcon />, 'redo')}
      {icon('ow.designer.toolbar.fit', p.onFit, <FitScreenIcon />, 'fit')}
      <Divider orientation="vertical" flexItem />
      <Button size="small" startIcon={<UploadFileIcon />} onClick={() => fileInput.current?.click()}>
        {translate('ow.designer.toolbar.import')}
      </Button>
      <input ref={fileInput} type="file" accept=".bpmn,.xml" hidden onChange={pickFile} data-testid="import-file" />
      <Button size="small" startIcon={<DownloadIcon />} onClick={p.onExport}>
        {translate('ow.designer.toolbar.export')}
      </Button>
      <Button size="small" startIcon={<NoteAddIcon />} onClick={() => setConfirmTemplate(true)}>
        {translate('ow.designer.toolbar.template')}
      </Button>
      <Box sx={{ flex: 1 }} />
      <VersionsMenu
        procedureId={p.procedureId}
        versions={p.versions}
        onRestored={p.canWrite ? p.onRestored : undefined}
      />
      <Confirm
        isOpen={confirmTemplate}
        title="ow.designer.confirmTemplate.title"
        content="ow.designer.confirmTemplate.content"
        onConfirm={() => {
          setConfirmTemplate(false);
          p.onTemplate();
        }}
        onClose={() => setConfirmTemplate(false)}
      />
    </Box>
  );
};
