import {
  Alert,
  Box,
  FormControlLabel,
  List,
  ListItem,
  ListItemText,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { INTAKE_DECISIONS, type ItemGuide } from './types';
import { allowedDecisions, missingMaterials } from './wizard-rules';
import type { WizardState } from './wizard-state';

interface Props {
  guide: ItemGuide;
  state: WizardState;
  onChange(patch: Partial<WizardState>): void;
}

const OwedDates = ({ guide, state, onChange }: Props) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1.5} sx={{ mt: 1 }}>
      <Typography variant="body2">{translate('ow.intake.decision.owedHint')}</Typography>
      {missingMaterials(guide, state.provided).map((m) => (
        <Stack key={m.code} direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <Typography sx={{ flex: 1 }}>{m.name}</Typography>
          <TextField
            type="date"
            size="small"
            label={translate('ow.intake.decision.owedDue')}
            value={state.owedDue[m.code] ?? ''}
            onChange={(e) => onChange({ owedDue: { ...state.owedDue, [m.code]: e.target.value } })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `owed-due-${m.code}` } }}
          />
        </Stack>
      ))}
    </Stack>
  );
};

const MissingList = ({ guide, state }: Omit<Props, 'onChange'>) => {
  const translate = useTranslate();
  const missing = missingMaterials(guide, state.provided);
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="body2">{translate('ow.intake.decision.noticeHint', { count: missing.length })}</Typography>
      <List dense data-testid="notice-missing">
        {missing.map((m, i) => (
          <ListItem key={m.code}>
            <ListItemText primary={`${i + 1}. ${m.name}`} />
          </ListItem>
        ))}
      </List>
    </Box>
  );
};

/** Step 4: 受理 / 容缺受理 / 一次性告知 / 不予受理, with what each needs. */
export const DecisionStep = ({ guide, state, onChange }: Props) => {
  const translate = useTranslate();
  const missing = missingMaterials(guide, state.provided);
  const allowed = allowedDecisions(missing);
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      {missing.length > 0 ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('ow.intake.decision.missingSummary', {
            count: missing.length,
            names: missing.map((m) => m.name).join('、'),
          })}
        </Alert>
      ) : (
        <Alert severity="success" sx={{ mb: 2 }}>
          {translate('ow.intake.decision.complete')}
        </Alert>
      )}
      <RadioGroup
        value={state.decision ?? ''}
        onChange={(e) => onChange({ decision: e.target.value as WizardState['decision'] })}
      >
        {INTAKE_DECISIONS.map((d) => (
          <Box key={d} sx={{ mb: 1 }}>
            <FormControlLabel
              value={d}
              disabled={!allowed.includes(d)}
              control={<Radio />}
              data-testid={`decision-${d}`}
              label={
                <Box>
                  <Typography sx={{ fontWeight: 600 }}>{translate(`ow.intake.decisions.${d}.label`)}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {translate(`ow.intake.decisions.${d}.help`)}
                  </Typography>
                </Box>
              }
            />
            {state.decision === d && (
              <Box sx={{ pl: 4 }}>
                {d === 'ACCEPT_WITH_DEFICIENCY' && <OwedDates guide={guide} state={state} onChange={onChange} />}
                {d === 'NOTICE' && <MissingList guide={guide} state={state} />}
                {(d === 'REFUSE' || d === 'NOTICE') && (
                  <TextField
                    fullWidth
                    multiline
                    minRows={3}
                    sx={{ mt: 1 }}
                    required={d === 'REFUSE'}
                    label={translate(
                      d === 'REFUSE' ? 'ow.intake.decision.refuseReason' : 'ow.intake.decision.noticeNote',
                    )}
                    value={state.reason}
                    onChange={(e) => onChange({ reason: e.target.value })}
                    slotProps={{ htmlInput: { name: 'reason', maxLength: 1000 } }}
                  />
                )}
              </Box>
            )}
          </Box>
        ))}
      </RadioGroup>
    </Paper>
  );
};
