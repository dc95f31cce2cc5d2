import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import type { MatterDataProvider } from './dataProvider';
import type { RevealedApplicant } from './types';
import { useCaseAction } from './useCaseAction';

/** 查看完整信息: the applicant's unmasked data after a warning that the access is audited (a step's handler: no phone). */
export const RevealButton = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<MatterDataProvider>();
  const { run, busy } = useCaseAction();
  const [confirming, setConfirming] = useState(false);
  const [revealed, setRevealed] = useState<RevealedApplicant | null>(null);
  const reveal = () =>
    run(
      async () => setRevealed(await dataProvider.revealApplicant(matterId)),
      'ow.matters.notifications.revealed',
      () => setConfirming(false),
    );
  return (
    <>
      <Button size="small" startIcon={<VisibilityIcon />} onClick={() => setConfirming(true)} data-testid="reveal">
        {translate('ow.matters.actions.reveal')}
      </Button>
      <ActionDialog
        open={confirming}
        title="ow.matters.reveal.title"
        confirmLabel="ow.matters.reveal.confirm"
        busy={busy}
        onClose={() => setConfirming(false)}
        onConfirm={() => void reveal()}
      >
        <Alert severity="warning">{translate('ow.matters.reveal.warning')}</Alert>
      </ActionDialog>
      <Dialog open={Boolean(revealed)} onClose={() => setRevealed(null)} maxWidth="xs" fullWidth>
        <DialogTitle>{translate('ow.matters.reveal.title')}</DialogTitle>
        <DialogContent>
          {revealed && (
            <Table size="small" data-testid="revealed">
              <TableBody>
                <TableRow>
                  <TableCell>{translate('ow.matters.reveal.name')}</TableCell>
                  <TableCell>{revealed.applicantName}</TableCell>
                </TableRow>
                <TableRow>
                  <TableCell>{translate('ow.matters.reveal.idNumber')}</TableCell>
                  <TableCell>{revealed.idNumber}</TableCell>
                </TableRow>
                {revealed.phone !== null && (
                  <TableRow>
                    <TableCell>{translate('ow.matters.reveal.phone')}</TableCell>
                    <TableCell>{revealed.phone}</TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setRevealed(null)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
