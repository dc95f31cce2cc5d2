import { useState } from 'react';
import { Button, useDataProvider, useListContext, useNotify, useTranslate } from 'react-admin';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { fetchAllStalled, saveStalledCsv } from './exporter';

/** CSV of the whole 督办 list with the current filter, built in the browser. */
export const StalledExportButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const { filterValues, total } = useListContext();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      saveStalledCsv(await fetchAllStalled(dataProvider, filterValues), translate);
      notify('ow.shared.export.done', { type: 'success' });
    } catch (e) {
      notify('ow.shared.export.failed', { type: 'error', messageArgs: { detail: (e as Error).message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="ow.shared.export.label" onClick={onClick} disabled={busy || !total} data-testid="export-csv">
      <DownloadIcon />
    </Button>
  );
};
