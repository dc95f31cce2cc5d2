import { useState } from 'react';
import { Button, useListContextWithProps, useNotify } from 'react-admin';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { downloadFromApi } from './download';
import { withQuery } from './query';

export interface ExportButtonProps {
  /** API path of the CSV, e.g. '/matters/export.csv' */
  path: string;
  /** file name when the server sends none, e.g. 'matters.csv' */
  filename: string;
  /** filters sent as query parameters; inside a List the list's current filters are used when absent */
  filter?: Record<string, unknown>;
  /** i18n key of the label */
  label?: string;
}

/**
 * CSV download (UTF-8 with BOM, opens in Excel) of the API's export endpoint with the current filters.
 * Works inside a react-admin List (takes its filterValues) or anywhere with an explicit `filter`.
 */
export const ExportButton = ({ path, filename, filter, label = 'ow.shared.export.label' }: ExportButtonProps) => {
  const notify = useNotify();
  const { filterValues } = useListContextWithProps();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      await downloadFromApi(withQuery(path, filter ?? filterValues), filename);
      notify('ow.shared.export.done', { type: 'success' });
    } catch (e) {
      notify('ow.shared.export.failed', { type: 'error', messageArgs: { detail: (e as Error).message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label={label} onClick={onClick} disabled={busy} data-testid="export-csv">
      <DownloadIcon />
    </Button>
  );
};
