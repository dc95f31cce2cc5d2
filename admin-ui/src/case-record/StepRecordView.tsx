import { Box, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatInstant } from '../shared/chinaDate';
import type { RecordedValue, StepRecord } from '../matters/types';
import { useOpinionLabel } from './useOpinionLabel';

type Translate = ReturnType<typeof useTranslate>;

/** A recorded value as people read it: 是 / 否 for a yes/no, the text or number as written. */
export const valueText = (translate: Translate, v: RecordedValue): string =>
  typeof v.value === 'boolean' ? translate(v.value ? 'ow.caseRecord.yes' : 'ow.caseRecord.no') : String(v.value);

const Line = ({ label, children, testId }: { label: string; children: string; testId?: string }) => (
  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
    <Box component="span" sx={{ color: 'text.secondary' }}>
      {label}：
    </Box>
    {children}
  </Typography>
);

/**
 * What a completed step recorded: the decision, the opinion under the step's own label, every form value, the legal
 * basis; with `withHandler`, who and when (the timeline says that on its own line).
 */
export const StepRecordView = ({ record, withHandler = false }: { record: StepRecord; withHandler?: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const opinionLabel = useOpinionLabel();
  const basisInValues = record.values.some((v) => v.key === 'legalBasis');
  return (
    <Stack spacing={0.5} data-testid="step-record" data-step={record.name}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        {record.decision && (
          <Chip
            size="small"
            variant="outlined"
            color={record.decision === 'reject' ? 'error' : 'success'}
            label={translate(`ow.matters.decisions.${record.decision}`, { _: record.decision })}
            data-testid="step-decision"
          />
        )}
        {withHandler && (
          <Typography variant="caption" color="text.secondary">
            {translate('ow.caseRecord.handledBy', {
              name: record.handlerName ?? '—',
              at: formatInstant(record.completedAt, locale),
            })}
          </Typography>
        )}
      </Stack>
      <Line label={opinionLabel(record.opinionLabel)} testId="step-opinion">
        {record.opinion ?? translate('ow.caseRecord.noOpinion')}
      </Line>
      {record.values.map((v) => (
        <Line key={v.key} label={v.label}>
          {valueText(translate, v)}
        </Line>
      ))}
      {record.legalBasis && !basisInValues && (
        <Line label={translate('ow.caseRecord.legalBasis')}>{record.legalBasis}</Line>
      )}
    </Stack>
  );
};
