import type { ReactNode } from 'react';
import { Box, Button } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import AddIcon from '@mui/icons-material/Add';
import { Loading, useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorState } from '../layout/States';
import { LocaleSwitcher } from '../layout/LocaleSwitcher';
import './print.css';

interface Props {
  title: string;
  loading: boolean;
  error?: Error | null;
  onRetry(): void;
  /** extra toolbar buttons, e.g. a link to the matter */
  actions?: ReactNode;
  children?: ReactNode;
}

/** An A4 sheet with a screen-only toolbar (back, new intake, print); `@media print` leaves the sheet alone. */
export const PrintSheet = ({ title, loading, error, onRetry, actions, children }: Props) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  return (
    <div className="ow-print-page">
      <title>{title}</title>
      <div className="ow-print-toolbar">
        <Button startIcon={<ArrowBackIcon />} onClick={() => navigate(-1)}>
          {translate('ow.print.back')}
        </Button>
        <Button startIcon={<AddIcon />} component={Link} to="/intake">
          {translate('ow.print.newIntake')}
        </Button>
        {actions}
        <Box sx={{ flex: 1 }} />
        <LocaleSwitcher color="primary" />
        <Button
          variant="contained"
          startIcon={<PrintIcon />}
          onClick={() => window.print()}
          disabled={loading || Boolean(error)}
          data-testid="print"
        >
          {translate('ow.print.print')}
        </Button>
      </div>
      {loading ? (
        <Loading />
      ) : error ? (
        <ErrorState message="ow.print.loadFailed" detail={error.message} onRetry={onRetry} />
      ) : (
        <div className="ow-print-sheet">{children}</div>
      )}
    </div>
  );
};
