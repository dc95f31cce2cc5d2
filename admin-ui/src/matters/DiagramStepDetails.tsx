import { Box, Chip, Divider, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { TaskRow } from '../tasks/types';
import type { StepRecord } from './types';
import { formatInstant } from '../shared/chinaDate';
import { useCodeLabel } from '../shared/useCodeLabel';

export interface ClickedStep {
  id: string;
  name: string;
  /** a user task: a step people handle */
  isTask: boolean;
}

interface Props {
  step: ClickedStep | null;
  tasks: TaskRow[];
  steps: StepRecord[];
}

const Line = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
  <Typography variant="body2" data-testid={testId}>
    <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
      {label}
    </Box>
    {value}
  </Typography>
);

/** What a step clicked on the matter's diagram came to: each time it was opened, its handler, times and opinion. */
export const DiagramStepDetails = ({ step, tasks, steps }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const codeLabel = useCodeLabel();
  const t = (key: string, options?: object) => translate(`ow.matters.diagram.details.${key}`, options);
  if (!step) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="diagram-step-hint">
        {t('hint')}
      </Typography>
    );
  }
  const occurrences = tasks.filter((task) => task.nodeId === step.id);
  return (
    <Box data-testid="diagram-step-details" data-element-id={step.id}>
      <Typography variant="subtitle1">{step.name || step.id}</Typography>
      {occurrences.length === 0 && (
        <Typography variant="body2" color="text.secondary" data-testid="diagram-step-none">
          {step.isTask ? t('notReached') : t('notATask')}
        </Typography>
      )}
      {occurrences.map((task, i) => {
        const record = steps.find((s) => s.taskId === task.id);
        const handler =
          record?.handlerName ??
          (task.status === 'COMPLETED' ? task.completedByName : task.assigneeName) ??
          codeLabel('departments', task.candidateDepartmentCode);
        return (
          <Box key={task.id} data-testid="diagram-step-occurrence" sx={{ mt: 1 }}>
            {i > 0 && <Divider sx={{ mb: 1 }} />}
            <Chip
              size="small"
              sx={{ mb: 0.5 }}
              label={translate(`ow.inbox.statuses.${task.status}`, { _: task.status })}
            />
            <Line label={t('handler')} value={handler || t('unassigned')} testId="diagram-step-handler" />
            <Line label={t('openedAt')} value={formatInstant(task.createdAt, locale) || '—'} />
            <Line
              label={t('completedAt')}
              value={formatInstant(record?.completedAt ?? task.completedAt ?? null, locale) || '—'}
            />
            {task.status !== 'COMPLETED' && task.dueAt && (
              <Line label={t('dueAt')} value={formatInstant(task.dueAt, locale)} />
            )}
            {record?.decision && (
              <Line
                label={t('decision')}
                value={translate(`ow.matters.decisions.${record.decision}`, { _: record.decision })}
              />
            )}
            {record && (
              <Line
                label={record.opinionLabel ?? t('opinion')}
                value={record.opinion || t('noOpinion')}
                testId="diagram-step-opinion"
              />
            )}
          </Box>
        );
      })}
    </Box>
  );
};
