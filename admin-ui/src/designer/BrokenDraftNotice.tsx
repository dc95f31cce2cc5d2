import { Alert, AlertTitle, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { RestoreVersionButton } from './RestoreVersionButton';

interface Props {
  procedureId: string;
  /** the latest published version, if any */
  latest: number | undefined;
  /** the parser's own words, for whoever looks into it */
  detail: string;
  canWrite: boolean;
  onRestored(): void;
}

/** A draft bpmn-js cannot open: said in the console's language, with the latest version one click away. */
export const BrokenDraftNotice = ({ procedureId, latest, detail, canWrite, onRestored }: Props) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      data-testid="broken-draft"
      action={
        canWrite && latest !== undefined ? (
          <RestoreVersionButton
            procedureId={procedureId}
            version={latest}
            label={translate('ow.designer.brokenDraft.restoreLatest', { version: latest })}
            onRestored={onRestored}
          />
        ) : undefined
      }
    >
      <AlertTitle>{translate('ow.designer.brokenDraft.message')}</AlertTitle>
      {latest === undefined && translate('ow.designer.brokenDraft.noVersion')}
      <Typography variant="caption" component="div" color="text.secondary" sx={{ mt: 0.5 }}>
        {translate('ow.designer.brokenDraft.detail', { message: detail })}
      </Typography>
    </Alert>
  );
};
