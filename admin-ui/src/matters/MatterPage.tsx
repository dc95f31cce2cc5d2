import { lazy, Suspense } from 'react';
import { Box, Button, Skeleton, Stack } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import PrintIcon from '@mui/icons-material/Print';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Loading, Title, usePermissions, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { ErrorState } from '../layout/States';
import { DeadlineSummary } from './DeadlineSummary';
import { EventTimeline } from './EventTimeline';
import { DeadlineChanges, SuspensionLedger } from './LedgerTables';
import { MatterMaterials } from '../materials/MatterMaterials';
import { MatterHeader } from './MatterHeader';
import { MatterTasks } from './MatterTasks';
import { RevealButton } from './RevealButton';
import { SectionCard } from './SectionCard';
import { SupervisionList } from './SupervisionList';
import { SuperviseButton } from './SuperviseButton';
import { SuppliedButton } from './SuppliedButton';
import type { MatterDetail } from './types';
import { MatterFeesSection } from '../fees/MatterFeesSection';
import { MatterFirstAskSection } from '../first-ask/MatterFirstAskSection';
import { MatterComplaintsSection } from '../complaints/MatterComplaintsSection';
import { useMatterDetail, useRefreshMatter } from './useMatterDetail';
import { ResultsCard } from '../results/ResultsCard';
import type { MatterDelivery } from '../results/types';
import { MatterNotices } from '../notices/MatterNotices';
import { ClockCard } from '../clock/ClockCard';
import { MessagesCard } from '../messages/MessagesCard';
import { SignalsCard } from '../signals/SignalsCard';
import { WithdrawButton } from '../withdrawal/WithdrawButton';
import { WithdrawalCard } from '../withdrawal/WithdrawalCard';

/* bpmn-js is large: the diagram loads on first use. */
const MatterDiagramView = lazy(() => import('./MatterDiagramView').then((m) => ({ default: m.MatterDiagramView })));

const OPEN_STATUSES = ['IN_PROGRESS', 'SUSPENDED', 'PENDING_START'];

function useCaseRoles(matter: MatterDetail) {
  const { permissions } = usePermissions<string[]>();
  const has = (role: string) => Boolean(permissions?.includes(role));
  const open = OPEN_STATUSES.includes(matter.status);
  return {
    reveal: matter.canReveal ?? (has('MANAGER') || has('CLERK')),
    manage: has('MANAGER') && open,
    supplied: (has('CLERK') || has('AGENT')) && matter.status === 'SUSPENDED',
    // 撤件: at the window, at the applicant's written request, while the matter is being handled
    withdraw: has('CLERK') && (matter.status === 'IN_PROGRESS' || matter.status === 'SUSPENDED'),
  };
}

const MatterView = ({ matter }: { matter: MatterDetail }) => {
  const translate = useTranslate();
  const refresh = useRefreshMatter(matter.id);
  const can = useCaseRoles(matter);
  const actions = (
    <>
      {can.supplied && <SuppliedButton matterId={matter.id} onDone={refresh} />}
      {can.manage && <SuperviseButton matterId={matter.id} onDone={refresh} />}
      {can.withdraw && <WithdrawButton matterId={matter.id} onDone={refresh} />}
      <Button startIcon={<PrintIcon />} component={Link} to={`/print/receipt/${matter.id}`}>
        {translate('ow.matters.actions.printReceipt')}
      </Button>
      <Button
        startIcon={<PrintIcon />}
        component={Link}
        to={`/print/approval-form/${matter.id}`}
        data-testid="print-approval-form"
      >
        {translate('ow.matters.actions.printApprovalForm')}
      </Button>
      {matter.status === 'REJECTED' && (
        <Button
          startIcon={<PrintIcon />}
          component={Link}
          to={`/print/rejection/${matter.id}`}
          data-testid="print-rejection"
        >
          {translate('ow.matters.actions.printRejection')}
        </Button>
      )}
    </>
  );
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title={translate('ow.matters.pageTitle', { receiptNo: matter.receiptNo })} />
      <Box>
        <Button size="small" startIcon={<ArrowBackIcon />} component={Link} to="/matters">
          {translate('ow.matters.actions.backToList')}
        </Button>
      </Box>
      <MatterHeader
        matter={matter}
        reveal={can.reveal ? <RevealButton matterId={matter.id} /> : undefined}
        actions={actions}
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '2fr 1fr' }, alignItems: 'start' }}>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <SectionCard
            title="ow.matters.sections.diagram"
            testId="diagram-card"
            action={
              matter.temporalUrl && (
                <Button
                  size="small"
                  sx={{ textTransform: 'none' }}
                  endIcon={<OpenInNewIcon />}
                  href={matter.temporalUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="temporal-link"
                >
                  {translate('ow.matters.actions.openTemporal')}
                </Button>
              )
            }
          >
            <Suspense fallback={<Skeleton variant="rectangular" height={420} />}>
              <MatterDiagramView matterId={matter.id} tasks={matter.tasks} steps={matter.steps} />
            </Suspense>
          </SectionCard>
          <SectionCard title="ow.matters.sections.tasks">
            <MatterTasks tasks={matter.tasks} />
          </SectionCard>
          <SectionCard title="ow.matters.sections.timeline">
            <EventTimeline events={matter.events} steps={matter.steps} />
          </SectionCard>
        </Stack>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <ResultsCard
            matterId={matter.id}
            delivery={(matter as { delivery?: MatterDelivery | null }).delivery ?? null}
          />
          {matter.status === 'WITHDRAWN' && <WithdrawalCard matterId={matter.id} />}
          <SectionCard title="ow.matters.sections.deadline">
            <DeadlineSummary {...matter} />
          </SectionCard>
          <ClockCard matterId={matter.id} />
          <MessagesCard matterId={matter.id} />
          <SignalsCard matterId={matter.id} />
          <SectionCard title="ow.matters.sections.materials">
            <MatterMaterials matterId={matter.id} fallback={matter.materials} />
          </SectionCard>
          <MatterFeesSection matterId={matter.id} />
          <MatterFirstAskSection matterId={matter.id} />
          <MatterComplaintsSection matterId={matter.id} />
          <SectionCard title="ow.matters.sections.suspensions">
            <SuspensionLedger suspensions={matter.suspensions} />
          </SectionCard>
          <SectionCard title="ow.matters.sections.deadlineChanges">
            <DeadlineChanges changes={matter.deadlineChanges} />
          </SectionCard>
          <SectionCard title="ow.matters.sections.supervisions">
            <SupervisionList supervisions={matter.supervisions} rating={matter.rating} />
          </SectionCard>
          <SectionCard title="ow.matters.sections.notices" testId="notices-card">
            <MatterNotices matterId={matter.id} />
          </SectionCard>
        </Stack>
      </Box>
    </Stack>
  );
};

/** /matters/:id — everything about one matter. */
export const MatterPage = () => {
  const { id = '' } = useParams();
  const matter = useMatterDetail(id);
  if (matter.isPending) return <Loading />;
  if (matter.error || !matter.data)
    return (
      <ErrorState
        message="resources.matters.loadOneFailed"
        detail={matter.error?.message}
        onRetry={() => void matter.refetch()}
      />
    );
  return <MatterView matter={matter.data} />;
};
