import { useState } from 'react';
import { Checkbox, FormControlLabel, FormGroup, FormLabel, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import type { MatterMaterial } from '../matters/types';

interface Props {
  open: boolean;
  busy: boolean;
  materials: MatterMaterial[];
  onClose(): void;
  onConfirm(body: { reason: string; missing: string[] }): void;
}

/** 补正: ask the applicant for what is missing (all of it at once); the matter's clock pauses meanwhile. */
export const SupplementDialog = ({ open, busy, materials, onClose, onConfirm }: Props) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [other, setOther] = useState('');
  const toggle = (name: string) => setPicked((p) => (p.includes(name) ? p.filter((n) => n !== name) : [...p, name]));
  const extra = other
    .split(/[\n；;]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const missing = [...picked, ...extra];
  return (
    <ActionDialog
      open={open}
      busy={busy}
      title="ow.inbox.supplement.title"
      confirmLabel="ow.inbox.supplement.confirm"
      disabled={!reason.trim() || missing.length === 0}
      onClose={onClose}
      onConfirm={() => onConfirm({ reason: reason.trim(), missing })}
      testId="supplement-dialog"
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <TextField
          multiline
          minRows={2}
          required
          label={translate('ow.inbox.supplement.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          slotProps={{ htmlInput: { name: 'reason', maxLength: 1000 } }}
        />
        {materials.length > 0 && (
          <FormGroup>
            <FormLabel>{translate('ow.inbox.supplement.materials')}</FormLabel>
            {materials.map((m) => (
              <FormControlLabel
                key={m.code}
                label={m.name}
                control={<Checkbox checked={picked.includes(m.name)} onChange={() => toggle(m.name)} />}
              />
            ))}
          </FormGroup>
        )}
        <TextField
          multiline
          minRows={2}
          label={translate('ow.inbox.supplement.other')}
          helperText={translate('ow.inbox.supplement.otherHelp')}
          value={other}
          onChange={(e) => setOther(e.target.value)}
          slotProps={{ htmlInput: { name: 'other', maxLength: 1000 } }}
        />
      </Stack>
    </ActionDialog>
  );
};
