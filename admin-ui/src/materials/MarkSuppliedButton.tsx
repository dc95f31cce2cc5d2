import { useState } from 'react';
import { Button, TextField, Typography } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import { useGuardedAction } from '../shared/useGuardedAction';
import type { MaterialDataProvider } from './dataProvider';
import type { MaterialWithFiles } from './types';

/** 容缺: staff confirm an owed material was supplied without a file (e.g. the paper original); reminders stop. */
export const MarkSuppliedButton = ({ matterId, material }: { matterId: string; material: MaterialWithFiles }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<MaterialDataProvider>();
  const { run, busy } = useGuardedAction('ow.materials.markFailed', ['matters']);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  return (
    <>
      <Button
        size="small"
        color="success"
        startIcon={<TaskAltIcon />}
        onClick={() => setOpen(true)}
        data-testid={`mark-supplied-${material.code}`}
      >
        {translate('ow.materials.markSupplied')}
      </Button>
      <ActionDialog
        open={open}
        title="ow.materials.markSuppliedTitle"
        confirmLabel="ow.materials.markSupplied"
        busy={busy}
        onClose={() => setOpen(false)}
        onConfirm={() =>
          void run(
            () => dataProvider.markMaterialSupplied(matterId, material.code, note.trim() || undefined),
            'ow.materials.markedSupplied',
            () => setOpen(false),
          )
        }
      >
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('ow.materials.markSuppliedHelp', { name: material.name })}
        </Typography>
        <TextField
          fullWidth
          label={translate('ow.materials.markSuppliedNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
      </ActionDialog>
    </>
  );
};
