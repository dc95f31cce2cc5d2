import { useState } from 'react';
import { Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { SERVICE_INDEX_PARTS, weightsProblem } from '../../../domain/service-index';
import { ActionDialog } from '../shared/ActionDialog';
import type { AssessmentDataProvider } from './dataProvider';
import type { Weights } from './types';

/** 设定权重: the three weights of the stations' service index, whole numbers adding up to 100 (admins). */
export const WeightsDialog = ({ current, onClose, onDone }: { current: Weights; onClose(): void; onDone(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AssessmentDataProvider>();
  const [weights, setWeights] = useState<Weights>({ ...current });
  const problem = weightsProblem(weights);
  const save = useMutation({
    mutationFn: () => dataProvider.setAssessmentWeights(weights),
    onSuccess: () => {
      notify('ow.assessment.weightsSaved', { type: 'success' });
      onDone();
    },
    onError: (e: Error) => notify('ow.assessment.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  return (
    <ActionDialog
      open
      title="ow.assessment.weightsTitle"
      confirmLabel="ra.action.save"
      busy={save.isPending}
      disabled={problem !== null}
      onClose={onClose}
      onConfirm={() => save.mutate()}
      testId="weights-dialog"
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('ow.assessment.weightsHint')}
        </Typography>
        <Stack direction="row" spacing={2}>
          {SERVICE_INDEX_PARTS.map((part) => (
            <TextField
              key={part}
              type="number"
              size="small"
              label={translate(`ow.assessment.${part}`)}
              value={Number.isNaN(weights[part]) ? '' : weights[part]}
              onChange={(e) => setWeights({ ...weights, [part]: e.target.value === '' ? NaN : Number(e.target.value) })}
              slotProps={{ htmlInput: { min: 0, max: 100, step: 1, 'data-testid': `weight-${part}` } }}
            />
          ))}
        </Stack>
        <Typography variant="body2" color={problem ? 'error' : 'text.secondary'} data-testid="weights-problem">
          {problem
            ? locale === 'en'
              ? problem.en
              : problem.zh
            : translate('ow.assessment.weightsTotal', { total: 100 })}
        </Typography>
      </Stack>
    </ActionDialog>
  );
};
