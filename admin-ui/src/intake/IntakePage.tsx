import { useState } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Divider,
  Step,
  StepLabel,
  Stepper,
  Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import SendIcon from '@mui/icons-material/Send';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { Loading, Title, useDataProvider, usePermissions, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../layout/States';
import type { IntakeDataProvider } from './dataProvider';
import { ItemSearchStep } from './ItemSearchStep';
import { GuideStep } from './GuideStep';
import { ApplicantStep } from './ApplicantStep';
import { DecisionStep } from './DecisionStep';
import { useIntakeSubmit } from './useIntakeSubmit';
import { StagedUploads } from '../materials/StagedUploads';
import { WindowPicker, useIntakeWindow } from './WindowPicker';
import { allowedDecisions, civilDateAfter, missingMaterials } from './wizard-rules';
import { newIdempotencyKey } from '../shared/idempotency';
import { WIZARD_STEPS, buildIntakeRequest, initialWizardState, stepComplete, type WizardState } from './wizard-state';
import type { ItemGuide } from './types';

/** Default due date of an owed material under 容缺受理, editable per material. */
const OWED_DEFAULT_DAYS = 10;

/** Entering the decision step: a decision the materials allow, and default dates for what would be owed. */
function prepareDecision(state: WizardState, guide: ItemGuide): Partial<WizardState> {
  const missing = missingMaterials(guide, state.provided);
  const allowed = allowedDecisions(missing);
  const owedDue = { ...state.owedDue };
  for (const m of missing) owedDue[m.code] ??= civilDateAfter(OWED_DEFAULT_DAYS);
  return { decision: state.decision && allowed.includes(state.decision) ? state.decision : allowed[0], owedDue };
}

/** /intake — the window's intake wizard: item → guide and materials → applicant → decision. */
export const IntakePage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const isAgent = Boolean(permissions?.includes('AGENT'));
  const dataProvider = useDataProvider<IntakeDataProvider>();
  const [state, setState] = useState(() => initialWizardState(isAgent));
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const { submit, sending, error } = useIntakeSubmit();
  const acceptingWindow = useIntakeWindow(!isAgent);
  const patch = (p: Partial<WizardState>) => setState((s) => ({ ...s, ...p }));
  const guide = useQuery({
    queryKey: ['intake', 'guide', state.item?.code],
    queryFn: () => dataProvider.getItemGuide(state.item!.code),
    enabled: Boolean(state.item),
  });

  const proxy = state.proxy || isAgent;
  const current = { ...state, proxy };
  const canGoOn = stepComplete(current, guide.data);
  const last = state.step === WIZARD_STEPS.length - 1;

  const next = () => {
    if (state.step === 2 && guide.data) patch({ ...prepareDecision(state, guide.data), step: 3 });
    else patch({ step: state.step + 1 });
  };
  const restart = () => {
    setState(initialWizardState(isAgent));
    setIdempotencyKey(newIdempotencyKey());
  };

  const body = () => {
    if (state.step === 0) {
      return (
        <ItemSearchStep
          selected={state.item}
          onSelect={(item) => patch({ item, provided: new Set(), decision: null, owedDue: {}, step: 1 })}
        />
      );
    }
    if (guide.isPending) return <Loading />;
    if (guide.error || !guide.data)
      return (
        <ErrorState
          message="ow.intake.guide.loadFailed"
          detail={guide.error?.message}
          onRetry={() => void guide.refetch()}
        />
      );
    if (state.step === 1)
      return (
        <>
          <GuideStep guide={guide.data} provided={state.provided} onChange={(provided) => patch({ provided })} />
          <StagedUploads
            intakeKey={idempotencyKey}
            itemCode={guide.data.code}
            materials={guide.data.materials}
            onUploaded={(code) => setState((s) => ({ ...s, provided: new Set([...s.provided, code]) }))}
          />
        </>
      );
    if (state.step === 2) return <ApplicantStep state={current} isAgent={isAgent} onChange={patch} />;
    return <DecisionStep guide={guide.data} state={current} onChange={patch} />;
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('ow.intake.title')} />
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
          <WindowPicker {...acceptingWindow} />
        </Box>
        <Stepper activeStep={state.step} alternativeLabel sx={{ mb: 3 }}>
          {WIZARD_STEPS.map((s) => (
            <Step key={s}>
              <StepLabel>{translate(`ow.intake.steps.${s}`)}</StepLabel>
            </Step>
          ))}
        </Stepper>
        {state.item && state.step > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="selected-item">
            {translate('ow.intake.selected', { name: state.item.name, code: state.item.code })}
          </Typography>
        )}
        {body()}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="intake-error">
            <AlertTitle>{translate('ow.intake.submitFailed')}</AlertTitle>
            {error.message}
            {error.details.map((d) => (
              <div key={d}>{d}</div>
            ))}
            <div>{translate('ow.intake.retryHint')}</div>
          </Alert>
        )}
      </CardContent>
      <Divider />
      <Box sx={{ display: 'flex', gap: 1, p: 2, flexWrap: 'wrap' }}>
        <Button startIcon={<RestartAltIcon />} onClick={restart} disabled={sending}>
          {translate('ow.intake.actions.restart')}
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button
          startIcon={<ArrowBackIcon />}
          disabled={state.step === 0 || sending}
          onClick={() => patch({ step: state.step - 1 })}
        >
          {translate('ow.intake.actions.back')}
        </Button>
        {last ? (
          <Button
            variant="contained"
            data-testid="intake-submit"
            disabled={!canGoOn || sending || !guide.data}
            startIcon={sending ? <CircularProgress size={18} color="inherit" /> : <SendIcon />}
            onClick={() =>
              void submit(buildIntakeRequest(current, guide.data!, idempotencyKey, acceptingWindow.windowCode))
            }
          >
            {translate(
              sending ? 'ow.intake.actions.sending' : `ow.intake.decisions.${state.decision ?? 'ACCEPT'}.submit`,
            )}
          </Button>
        ) : (
          <Button
            variant="contained"
            endIcon={<ArrowForwardIcon />}
            disabled={!canGoOn}
            onClick={next}
            data-testid="intake-next"
          >
            {translate('ow.intake.actions.next')}
          </Button>
        )}
      </Box>
    </Card>
  );
};
