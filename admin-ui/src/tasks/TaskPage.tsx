import { Box, Button, Link as MuiLink, Skeleton, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { ErrorState } from '../layout/States';
import { DeadlineSummary } from '../matters/DeadlineSummary';
import { EventTimeline } from '../matters/EventTimeline';
import { CodeChip } from '../shared/CodeChip';
import { MatterMaterials } from '../materials/MatterMaterials';
import { RevealButton } from '../matters/RevealButton';
import { SectionCard } from '../matters/SectionCard';
import { StatusChip } from '../matters/StatusChip';
import { useMatterDetail } from '../matters/useMatterDetail';
import type { TaskDataProvider } from './dataProvider';
import { DueCountdown } from './DueCountdown';
import { TaskWorkPanel } from './TaskWorkPanel';
import type { TaskDetail } from './types';

const MatterSummary = ({ task }: { task: TaskDetail }) => {
  const translate = useTranslate();
  const m = task.matter;
  return (
    <SectionCard title="ow.inbox.task.matterTitle" testId="task-matter">
      <Typography variant="h6">{m.itemName}</Typography>
      <MuiLink component={Link} to={`/matters/${m.id}`} sx={{ fontFamily: 'monospace' }} data-testid="task-receipt">
        {m.receiptNo}
      </MuiLink>
      <Stack direction="row" spacing={1} sx={{ my: 1, flexWrap: 'wrap', rowGap: 1 }}>
        <CodeChip group="kinds" code={m.kind} />
        <StatusChip status={m.status} />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary">
          {translate('ow.inbox.task.applicant', { name: m.applicantName })}
        </Typography>
        {m.canReveal && <RevealButton matterId={m.id} />}
      </Stack>
      <Box sx={{ mt: 2 }}>
        <DeadlineSummary {...m} />
      </Box>
    </SectionCard>
  );
};

/** The matter's history: events come with the matter page's data, not with the task's. */
const History = ({ matterId }: { matterId: string }) => {
  const matter = useMatterDetail(matterId);
  if (matter.isPending) return <Skeleton variant="rectangular" height={120} />;
  if (matter.error)
    return (
      <ErrorState
        message="ow.inbox.task.historyFailed"
        detail={matter.error.message}
        onRetry={() => void matter.refetch()}
      />
    );
  return <EventTimeline events={matter.data.events} steps={matter.data.steps} />;
};

/** /inbox/:taskId — one task: the matter, its materials and history, and the work on the step. */
export const TaskPage = () => {
  const { taskId = '' } = useParams();
  const translate = useTranslate();
  const dataProvider = useDataProvider<TaskDataProvider>();
  const task = useQuery({
    queryKey: ['tasks', 'detail', taskId],
    queryFn: () => dataProvider.getTaskDetail(taskId),
    refetchOnWindowFocus: false,
  });
  if (task.isPending) return <Loading />;
  if (task.error)
    return (
      <ErrorState message="ow.inbox.task.loadFailed" detail={task.error.message} onRetry={() => void task.refetch()} />
    );
  const t = task.data;
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title={translate('ow.inbox.task.pageTitle', { name: t.name, receiptNo: t.receiptNo })} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button size="small" startIcon={<ArrowBackIcon />} component={Link} to="/inbox">
          {translate('ow.inbox.actions.back')}
        </Button>
        <Typography variant="h5" sx={{ flex: 1 }} data-testid="task-name">
          {t.name}
        </Typography>
        {(t.status === 'OPEN' || t.status === 'CLAIMED') && <DueCountdown dueAt={t.dueAt} variant="h6" />}
      </Stack>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, alignItems: 'start' }}>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          {/* keyed by status and holder: after a claim the form starts afresh with the right permissions */}
          <TaskWorkPanel key={`${t.id}-${t.status}-${t.assigneeId ?? ''}`} task={t} />
          <SectionCard title="ow.matters.sections.timeline">
            <History matterId={t.matterId} />
          </SectionCard>
        </Stack>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <MatterSummary task={t} />
          <SectionCard title="ow.matters.sections.materials">
            <MatterMaterials matterId={t.matterId} fallback={t.matter.materials ?? []} />
          </SectionCard>
        </Stack>
      </Box>
    </Stack>
  );
};
