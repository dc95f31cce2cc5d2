import { useState } from 'react';
import { Box, Button, Card, CardActions, CardContent, Stack, Typography } from '@mui/material';
import { Loading, Title, useDataProvider, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ErrorState } from '../layout/States';
import { useHasRole } from '../shared/roles';
import type { StaffBoardDataProvider } from './dataProvider';
import { DutyDialog } from './DutyDialog';
import { GoOutDialog } from './GoOutDialog';
import { PresenceChip } from './PresenceChip';
import type { BoardPerson } from './types';

const PersonCard = ({
  person,
  canEnter,
  canEditDuty,
  onGoOut,
  onBack,
  onEditDuty,
}: {
  person: BoardPerson;
  canEnter: boolean;
  canEditDuty: boolean;
  onGoOut(): void;
  onBack(): void;
  onEditDuty(): void;
}) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid={`board-person-${person.name}`}>
      <CardContent sx={{ pb: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
          <Typography sx={{ fontWeight: 600 }}>{person.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {person.post ?? translate('ow.staffBoard.noPost')}
          </Typography>
        </Stack>
        <Box sx={{ my: 1 }}>
          <PresenceChip person={person} />
        </Box>
        {person.note && (
          <Typography variant="body2" color="text.secondary">
            {person.note}
          </Typography>
        )}
        <Typography variant="body2">{person.duties ?? ''}</Typography>
      </CardContent>
      {(canEnter || canEditDuty) && (
        <CardActions>
          {canEnter && !person.whereaboutsId && person.status !== 'ON_LEAVE' && (
            <Button size="small" onClick={onGoOut} data-testid="go-out">
              {translate('ow.staffBoard.goOut')}
            </Button>
          )}
          {canEnter && person.whereaboutsId && (
            <Button size="small" onClick={onBack} data-testid="back-at-post">
              {translate('ow.staffBoard.back')}
            </Button>
          )}
          {canEditDuty && (
            <Button size="small" onClick={onEditDuty}>
              {translate('ow.staffBoard.editDuty')}
            </Button>
          )}
        </CardActions>
      )}
    </Card>
  );
};

/** /staff-board — 职责栏·去向栏: everyone's post and duties, and where they are now; leave comes from AB岗. */
export const StaffBoardPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const isManager = useHasRole('MANAGER', 'ADMIN');
  const isAdmin = useHasRole('ADMIN');
  const dataProvider = useDataProvider<StaffBoardDataProvider>();
  const board = useQuery({
    queryKey: ['staff-board'],
    queryFn: () => dataProvider.getStaffBoard(),
    refetchInterval: 60_000,
  });
  const [goingOut, setGoingOut] = useState<BoardPerson | null>(null);
  const [editing, setEditing] = useState<BoardPerson | null>(null);
  const back = useMutation({
    mutationFn: (id: string) => dataProvider.backAtPost(id),
    onSuccess: () => {
      notify('ow.staffBoard.backSaved', { type: 'success' });
      void board.refetch();
    },
    onError: (e: Error) => notify('ow.staffBoard.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  if (board.isPending) return <Loading />;
  if (board.error || !board.data)
    return (
      <ErrorState
        message="ow.staffBoard.loadFailed"
        detail={board.error?.message}
        onRetry={() => void board.refetch()}
      />
    );
  const departments = [...new Set(board.data.map((p) => p.departmentName))];
  const done = () => {
    setGoingOut(null);
    setEditing(null);
    void board.refetch();
  };
  return (
    <Stack spacing={3} sx={{ mt: 2, mb: 4 }} data-testid="staff-board">
      <Title title="ow.staffBoard.title" />
      <Typography color="text.secondary">{translate('ow.staffBoard.intro')}</Typography>
      {departments.map((department) => (
        <Box key={department}>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            {department}
          </Typography>
          <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: '1fr 1fr 1fr' } }}>
            {board.data
              .filter((p) => p.departmentName === department)
              .map((p) => (
                <PersonCard
                  key={p.id}
                  person={p}
                  canEnter={isManager || p.id === identity?.id}
                  canEditDuty={isAdmin}
                  onGoOut={() => setGoingOut(p)}
                  onBack={() => back.mutate(p.whereaboutsId!)}
                  onEditDuty={() => setEditing(p)}
                />
              ))}
          </Box>
        </Box>
      ))}
      {goingOut && <GoOutDialog person={goingOut} onClose={() => setGoingOut(null)} onDone={done} />}
      {editing && <DutyDialog person={editing} onClose={() => setEditing(null)} onDone={done} />}
    </Stack>
  );
};
