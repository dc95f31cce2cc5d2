import { useState } from 'react';
import { Button } from '@mui/material';
import RestoreIcon from '@mui/icons-material/Restore';
import { Confirm, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import type { ProcedureDataProvider } from '../procedures/dataProvider';

interface Props {
  procedureId: string;
  version: number;
  /** the button's text; the standard one by default */
  label?: string;
  onRestored(): void;
}

/** Makes a published version the draft again, after a confirmation. */
export const RestoreVersionButton = ({ procedureId, version, label, onRestored }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ProcedureDataProvider>();
  const [asking, setAsking] = useState(false);
  const restore = useMutation({
    mutationFn: () => dataProvider.restoreProcedureVersion(procedureId, version),
    onSuccess: () => {
      notify('ow.designer.restore.done', { type: 'success', messageArgs: { version } });
      onRestored();
    },
    onError: (e) =>
      notify('ow.designer.restore.failed', {
        type: 'error',
        messageArgs: { message: e instanceof Error ? e.message : String(e) },
      }),
  });
  return (
    <>
      <Button
        size="small"
        sx={{ textTransform: 'none' }}
        startIcon={<RestoreIcon />}
        disabled={restore.isPending}
        onClick={(e) => {
          e.stopPropagation();
          setAsking(true);
        }}
        data-testid={`restore-version-${version}`}
      >
        {label ?? translate('ow.designer.restore.action')}
      </Button>
      <Confirm
        isOpen={asking}
        title="ow.designer.restore.title"
        titleTranslateOptions={{ version }}
        content="ow.designer.restore.content"
        contentTranslateOptions={{ version }}
        onConfirm={() => {
          setAsking(false);
          restore.mutate();
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
};
