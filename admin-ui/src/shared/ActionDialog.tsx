import type { ReactNode } from 'react';
import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Props {
  open: boolean;
  title: string;
  confirmLabel: string;
  busy?: boolean;
  /** the confirm button stays disabled until the form is complete */
  disabled?: boolean;
  onClose(): void;
  onConfirm(): void;
  children?: ReactNode;
  testId?: string;
}

/** A small form dialog for a case or task action; the confirm button is disabled while the request runs. */
export const ActionDialog = ({
  open,
  title,
  confirmLabel,
  busy,
  disabled,
  onClose,
  onConfirm,
  children,
  testId,
}: Props) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" data-testid={testId}>
      <DialogTitle>{translate(title)}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={onConfirm}
          disabled={busy || disabled}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
          data-testid="dialog-confirm"
        >
          {translate(confirmLabel)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
