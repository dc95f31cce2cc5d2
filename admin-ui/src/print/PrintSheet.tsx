import type { ReactNode } from 'react';
import { Box, Button } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import AddIcon from '@mui/icons-material/Add';
import { Loading, useTranslate } from 'react-admin';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorState } from '../layout/States';
import { LocaleSwitcher } from '../layout/LocaleSwitcher';
import './print.css';

interface Props<T> {
  /** the document's data, from `usePrintData` */
  query: UseQueryResult<T>;
  /** i18n key of the browser tab's title (and of the printed file's name); may depend on the data once loaded */
  title: string | ((data: T | undefined) => string);
  /** extra toolbar buttons, e.g. a link to the matter */
  actions?: ReactNode;
  /** the sheet's content, once the data is there */
  children(data: T): ReactNode;
}

/**
 * Every print page: an A4 sheet with a screen-only toolbar (back, new intake, print), loading and error states;
 * `@media print` leaves the sheet alone.
 */
export const PrintSheet = <T,>({ query, title, actions, children }: Props<T>) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data, isPending, error } = query;
  return (
    <div className="ow-print-page">
      <title>{translate(typeof title === 'function' ? title(data) : title)}</title>
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
          disabled={isPending || Boolean(error)}
          data-testid="print"
        >
          {translate('ow.print.print')}
        </Button>
      </div>
      {isPending ? (
        <Loading />
      ) : error ? (
        <ErrorState message="ow.print.loadFailed" detail={error.message} onRetry={() => void query.refetch()} />
      ) : (
        <div className="ow-print-sheet">{children(data)}</div>
      )}
    </div>
  );
};
