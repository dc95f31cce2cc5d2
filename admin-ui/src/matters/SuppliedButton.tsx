import { useState } from 'react';
import { Button, TextField, Typography } from '@mui/material';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import { MatterMaterials } from '../materials/MatterMaterials';
import type { MatterDataProvider } from './dataProvider';
import { useCaseAction } from './useCaseAction';

/** 材料已补齐: the applicant brought what the 补正 asked for; the pause ends and the clock runs again. */
export const SuppliedButton = ({ matterId, onDone }: { matterId: string; onDone(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<MatterDataProvider>();
  const { run, busy } = useCaseAction();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const submit = () =>
    run(
      () => dataProvider.markMaterialsSupplied(matterId, note.trim() || undefined),
      'ow.matters.notifications.supplied',
      () => {
        setOpen(false);
        onDone();
      },
    );
  return (
    <>
      <Button
        variant="contained"
        color="success"
        startIcon={<AssignmentTurnedInIcon />}
        onClick={() => setOpen(true)}
        data-testid="supplied"
      >
        {translate('ow.matters.actions.supplied')}
      </Button>
      <ActionDialog
        open={open}
        title="ow.matters.supplied.title"
        confirmLabel="ow.matters.supplied.confirm"
        busy={busy}
        onClose={() => setOpen(false)}
        onConfirm={() => void submit()}
      >
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('ow.matters.supplied.help')} {translate('ow.materials.supplementHelp')}
        </Typography>
        <MatterMaterials matterId={matterId} />
        <TextField
          fullWidth
          multiline
          minRows={2}
          label={translate('ow.matters.supplied.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          slotProps={{ htmlInput: { name: 'note', maxLength: 500 } }}
        />
      </ActionDialog>
    </>
  );
};
