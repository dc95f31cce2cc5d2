import { lazy, Suspense, useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Divider,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import ForwardIcon from '@mui/icons-material/Forward';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { useDataProvider, useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { SectionCard } from '../matters/SectionCard';
import { StepRecordView } from '../case-record/StepRecordView';
import { useOpinionLabel } from '../case-record/useOpinionLabel';
import { ClaimButton } from './ClaimButton';
import type { TaskDataProvider } from './dataProvider';
import { designedFormProblems } from '../../../bpmn/form-schema';
import type { FormValueProblem } from '../../../bpmn/form-values';
import type { DesignedFormHandle } from './DesignedTaskForm';
import { designedFormData, initialValues, missingRequired, toFormData, type FormValues } from './form-values';
import { ReturnDialog } from './ReturnDialog';
import { SupplementDialog } from './SupplementDialog';
import { TaskVariables } from './TaskVariables';
import { TaskFormFields } from './TaskFormFields';
import { TransferDialog } from './TransferDialog';
import type { TaskDecision, TaskDetail } from './types';
import { useTaskAction } from './useTaskAction';

type Dialog = 'return' | 'transfer' | 'supplement' | null;

/* form-js is large: only steps with a designed form load it */
const DesignedTaskForm = lazy(() => import('./DesignedTaskForm'));

/** Who may work on the task now: its holder; an open task must be claimed first. */
function useHolder(task: TaskDetail) {
  const { identity } = useGetIdentity();
  const mine = Boolean(task.assigneeId && identity && task.assigneeId === identity.id);
  return { mine, canWork: mine && !task.suspended && (task.status === 'CLAIMED' || task.status === 'OPEN') };
}

const ClaimState = ({ task, mine }: { task: TaskDetail; mine: boolean }) => {
  const translate = useTranslate();
  if (task.status === 'SUSPENDED' || task.suspended)
    return <Alert severity="warning">{translate('ow.inbox.task.suspended')}</Alert>;
  if (task.status === 'COMPLETED' || task.status === 'CANCELLED')
    return <Alert severity="info">{translate('ow.inbox.task.closed')}</Alert>;
  if (!task.assigneeId)
    return (
      <Alert severity="info" action={<ClaimButton task={task} variant="contained" />}>
        {translate('ow.inbox.task.claimFirst')}
      </Alert>
    );
  if (!mine)
    return <Alert severity="info">{translate('ow.inbox.task.heldBy', { name: task.assigneeName ?? '' })}</Alert>;
  return (
    <Alert severity="success" action={<ClaimButton task={task} variant="text" />}>
      {translate('ow.inbox.task.youHold')}
    </Alert>
  );
};

/** A closed task: what was decided and written there, read-only. */
const ClosedTask = ({ task, mine }: { task: TaskDetail; mine: boolean }) => (
  <SectionCard title="ow.caseRecord.closedTitle" testId="task-work">
    <Stack spacing={2}>
      <ClaimState task={task} mine={mine} />
      {task.record && <StepRecordView record={task.record} withHandler />}
    </Stack>
  </SectionCard>
);

/** The step's one opinion box: required where the step says so, and for a rejection. */
function useOpinionBox(task: TaskDetail, decision: TaskDecision | null) {
  const translate = useTranslate();
  const label = useOpinionLabel()(task.opinionLabel);
  if (task.opinionRequired) return { required: true, label: translate('ow.caseRecord.opinionRequired', { label }) };
  if (decision === 'reject') return { required: true, label: translate('ow.caseRecord.opinionOnReject', { label }) };
  return { required: false, label };
}

/** The work area of a task: claim state, the generated form, the decision and the opinion, and the actions. */
export const TaskWorkPanel = ({ task }: { task: TaskDetail }) => {
  const { mine } = useHolder(task);
  if (task.status === 'COMPLETED' || task.status === 'CANCELLED') return <ClosedTask task={task} mine={mine} />;
  return <OpenTask task={task} />;
};

const OpenTask = ({ task }: { task: TaskDetail }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<TaskDataProvider>();
  const { run, busy } = useTaskAction();
  const { mine, canWork } = useHolder(task);
  const [values, setValues] = useState<FormValues>(() => initialValues(task.formFields));
  const [decision, setDecision] = useState<TaskDecision | null>(
    task.allowedDecisions.length === 1 ? task.allowedDecisions[0] : null,
  );
  const [comment, setComment] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const designed = useRef<DesignedFormHandle>(null);
  const [formProblems, setFormProblems] = useState<FormValueProblem[]>([]);
  const [locale] = useLocaleState();
  // a designed form is checked when submitted, by the rules the server applies (bpmn/form-schema.ts)
  const missing = task.formSchema ? [] : missingRequired(task.formFields, values);
  const opinion = useOpinionBox(task, decision);
  const ready = canWork && decision !== null && missing.length === 0 && (!opinion.required || comment.trim() !== '');
  const done = () => navigate('/inbox');

  const formData = () => {
    if (!task.formSchema) return toFormData(task.formFields, values);
    const data = designedFormData(task.formFields, designed.current?.collect() ?? {});
    const problems = designedFormProblems(task.formFields, data);
    setFormProblems(problems);
    return problems.length > 0 ? undefined : data;
  };
  const complete = () => {
    const data = formData();
    if (!data) return;
    return run(
      () =>
        dataProvider.completeTask(task.id, {
          decision: decision!,
          comment: comment.trim() || undefined,
          formData: data,
        }),
      'ow.inbox.notifications.completed',
      done,
    );
  };
  const act = (action: () => Promise<unknown>, key: string) =>
    run(action, key, () => {
      setDialog(null);
      done();
    });

  return (
    <SectionCard title="ow.inbox.task.workTitle" testId="task-work">
      <Stack spacing={2}>
        <ClaimState task={task} mine={mine} />
        <TaskVariables variables={task.variables} />
        {task.formSchema && (
          <Suspense fallback={<CircularProgress size={24} />}>
            <DesignedTaskForm schema={task.formSchema} readOnly={!canWork} handle={designed} />
          </Suspense>
        )}
        {formProblems.length > 0 && (
          <Alert severity="error" data-testid="designed-form-problems">
            {formProblems.map((p) => (
              <div key={p.key}>{locale === 'en' ? p.en : p.zh}</div>
            ))}
          </Alert>
        )}
        {!task.formSchema && task.formFields.length > 0 && (
          <TaskFormFields
            fields={task.formFields}
            values={values}
            disabled={!canWork}
            onChange={(k, v) => setValues((s) => ({ ...s, [k]: v }))}
          />
        )}
        <Box>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {translate('ow.inbox.task.decision')}
          </Typography>
          <ToggleButtonGroup
            exclusive
            value={decision}
            disabled={!canWork}
            onChange={(_e, v: TaskDecision | null) => v && setDecision(v)}
            data-testid="decision"
          >
            {task.allowedDecisions.map((d) => (
              <ToggleButton
                key={d}
                value={d}
                color={d === 'reject' ? 'error' : 'success'}
                sx={{ px: 3 }}
                data-testid={`decision-${d}`}
              >
                {translate(`ow.matters.decisions.${d}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Box>
        <TextField
          multiline
          minRows={3}
          label={opinion.label}
          required={opinion.required}
          disabled={!canWork}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          slotProps={{ htmlInput: { name: 'comment', maxLength: 2000 } }}
        />
        {canWork && missing.length > 0 && (
          <Typography variant="body2" color="warning.dark">
            {translate('ow.inbox.task.missingFields', {
              fields: task.formFields
                .filter((f) => missing.includes(f.key))
                .map((f) => f.label)
                .join('、'),
            })}
          </Typography>
        )}
        <Divider />
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <Button
            variant="contained"
            disabled={!ready || busy}
            onClick={() => void complete()}
            data-testid="task-submit"
            startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <SendIcon />}
          >
            {translate('ow.inbox.actions.submit')}
          </Button>
          <Box sx={{ flex: 1 }} />
          <Button
            startIcon={<UndoIcon />}
            disabled={!canWork || busy || task.returnTargets.length === 0}
            onClick={() => setDialog('return')}
            data-testid="task-return"
          >
            {translate('ow.inbox.actions.return')}
          </Button>
          <Button
            startIcon={<ForwardIcon />}
            disabled={!canWork || busy}
            onClick={() => setDialog('transfer')}
            data-testid="task-transfer"
          >
            {translate('ow.inbox.actions.transfer')}
          </Button>
          <Button
            startIcon={<NoteAddIcon />}
            color="warning"
            disabled={!canWork || busy}
            onClick={() => setDialog('supplement')}
            data-testid="task-supplement"
          >
            {translate('ow.inbox.actions.supplement')}
          </Button>
        </Stack>
      </Stack>
      <ReturnDialog
        open={dialog === 'return'}
        busy={busy}
        targets={task.returnTargets}
        onClose={() => setDialog(null)}
        onConfirm={(body) => void act(() => dataProvider.returnTask(task.id, body), 'ow.inbox.notifications.returned')}
      />
      <TransferDialog
        open={dialog === 'transfer'}
        busy={busy}
        departmentCode={task.candidateDepartmentCode}
        onClose={() => setDialog(null)}
        onConfirm={(body) =>
          void act(() => dataProvider.transferTask(task.id, body), 'ow.inbox.notifications.transferred')
        }
      />
      <SupplementDialog
        open={dialog === 'supplement'}
        busy={busy}
        materials={task.matter.materials ?? []}
        onClose={() => setDialog(null)}
        onConfirm={(body) =>
          void act(() => dataProvider.requestSupplement(task.id, body), 'ow.inbox.notifications.supplementRequested')
        }
      />
    </SectionCard>
  );
};
