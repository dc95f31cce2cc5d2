import { Alert, Box, Checkbox, FormControlLabel, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { idNumberProblem, isMobilePhone } from './id-number';
import type { WizardState } from './wizard-state';

interface Props {
  state: WizardState;
  isAgent: boolean;
  onChange(patch: Partial<WizardState>): void;
}

/** Hint under the ID number: the first problem found, or a confirmation once it checks out. */
function useIdHint(idNumber: string): { text?: string; warn: boolean } {
  const translate = useTranslate();
  if (!idNumber.trim()) return { warn: false };
  const problem = idNumberProblem(idNumber);
  return problem
    ? { text: translate(`ow.intake.applicant.idProblems.${problem}`), warn: true }
    : { text: translate('ow.intake.applicant.idOk'), warn: false };
}

/** Step 3: the applicant and, for 委托代办, the entrustment. */
export const ApplicantStep = ({ state, isAgent, onChange }: Props) => {
  const translate = useTranslate();
  const { applicant, entrustment } = state;
  const setApplicant = (patch: Partial<WizardState['applicant']>) =>
    onChange({ applicant: { ...applicant, ...patch } });
  const setEntrustment = (patch: Partial<WizardState['entrustment']>) =>
    onChange({ entrustment: { ...entrustment, ...patch } });
  const idHint = useIdHint(applicant.idNumber);
  const phoneWarn = applicant.phone.trim() !== '' && !isMobilePhone(applicant.phone);
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 2 }}>
          {translate('ow.intake.applicant.title')}
        </Typography>
        <Stack spacing={2}>
          <TextField
            required
            label={translate('ow.intake.applicant.name')}
            value={applicant.name}
            onChange={(e) => setApplicant({ name: e.target.value })}
            slotProps={{ htmlInput: { name: 'applicantName', maxLength: 50 } }}
          />
          <TextField
            required
            label={translate('ow.intake.applicant.idNumber')}
            value={applicant.idNumber}
            onChange={(e) => setApplicant({ idNumber: e.target.value.toUpperCase() })}
            helperText={idHint.text ?? translate('ow.intake.applicant.idHelp')}
            color={idHint.warn ? 'warning' : undefined}
            focused={idHint.warn || undefined}
            slotProps={{
              htmlInput: { name: 'idNumber', maxLength: 18, autoComplete: 'off' },
              formHelperText: { sx: idHint.warn ? { color: 'warning.dark' } : undefined },
            }}
          />
          <TextField
            required
            label={translate('ow.intake.applicant.phone')}
            value={applicant.phone}
            onChange={(e) => setApplicant({ phone: e.target.value.replace(/\s/g, '') })}
            helperText={
              phoneWarn ? translate('ow.intake.applicant.phoneProblem') : translate('ow.intake.applicant.phoneHelp')
            }
            slotProps={{
              htmlInput: { name: 'phone', maxLength: 11, inputMode: 'tel' },
              formHelperText: { sx: phoneWarn ? { color: 'warning.dark' } : undefined },
            }}
          />
          <TextField
            type="email"
            label={translate('ow.intake.applicant.email')}
            value={applicant.email ?? ''}
            onChange={(e) => setApplicant({ email: e.target.value.trim() })}
            helperText={translate('ow.intake.applicant.emailHelp')}
            slotProps={{ htmlInput: { name: 'email', maxLength: 200, autoComplete: 'off' } }}
          />
          <Typography variant="caption" color="text.secondary">
            {translate('ow.intake.applicant.serverChecks')}
          </Typography>
        </Stack>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={state.proxy}
              disabled={isAgent}
              onChange={(e) => onChange({ proxy: e.target.checked })}
              name="proxy"
            />
          }
          label={translate('ow.intake.entrustment.proxy')}
        />
        {isAgent && (
          <Alert severity="info" sx={{ my: 1 }}>
            {translate('ow.intake.entrustment.agentRequired')}
          </Alert>
        )}
        {state.proxy ? (
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField
              required
              label={translate('ow.intake.entrustment.documentRef')}
              value={entrustment.documentRef}
              onChange={(e) => setEntrustment({ documentRef: e.target.value })}
              helperText={translate('ow.intake.entrustment.documentRefHelp')}
              slotProps={{ htmlInput: { name: 'documentRef', maxLength: 100 } }}
            />
            <TextField
              multiline
              minRows={3}
              label={translate('ow.intake.entrustment.note')}
              value={entrustment.agentNote}
              onChange={(e) => setEntrustment({ agentNote: e.target.value })}
              slotProps={{ htmlInput: { name: 'agentNote', maxLength: 500 } }}
            />
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('ow.intake.entrustment.hint')}
          </Typography>
        )}
      </Paper>
    </Box>
  );
};
