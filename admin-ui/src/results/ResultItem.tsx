import { Box, Button, Chip, Link, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import PrintIcon from '@mui/icons-material/Print';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatCivilDate, formatInstant } from '../shared/chinaDate';
import { resultFilePath, type ResultDataProvider } from './dataProvider';
import { printPdfFromApi } from './print-pdf';
import { RevokeButton } from './RevokeButton';
import type { MatterResult } from './types';

/** One issued result: number, kind, dates, status; open, print, download and (managers) revoke. */
export const ResultItem = ({ result, canRevoke }: { result: MatterResult; canRevoke: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ResultDataProvider>();
  const fileName = `${result.resultNo}.pdf`;
  const failed = (e: unknown) =>
    notify('ow.results.notifications.failed', { type: 'error', messageArgs: { message: (e as Error).message } });
  const revoked = result.status === 'REVOKED';
  return (
    <Box data-testid="result" data-result-no={result.resultNo}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ fontFamily: 'monospace', fontWeight: 600 }}>{result.resultNo}</Typography>
        <Chip size="small" label={translate(`ow.results.types.${result.resultType}`)} />
        <Chip
          size="small"
          color={revoked ? 'error' : 'success'}
          label={translate(`ow.results.statuses.${result.status}`)}
          data-testid="result-status"
        />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {translate('ow.results.issuedLine', {
          date: formatInstant(result.issuedAt, locale),
          validity: result.validUntil
            ? translate('ow.results.validUntil', { date: formatCivilDate(result.validUntil, locale) })
            : translate('ow.results.noLimit'),
        })}
      </Typography>
      {revoked && (
        <Typography variant="body2" color="error" sx={{ mt: 0.5 }} data-testid="result-revoked">
          {translate('ow.results.revokedLine', {
            date: formatInstant(result.revokedAt, locale),
            by: result.revokedByName ?? '',
            reason: result.revokeReason ?? '',
          })}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
        <Button
          size="small"
          variant="contained"
          startIcon={<PrintIcon />}
          onClick={() => printPdfFromApi(resultFilePath(result.id)).catch(failed)}
          data-testid="result-print"
        >
          {translate('ow.results.actions.print')}
        </Button>
        <Button
          size="small"
          startIcon={<OpenInNewIcon />}
          href={`/api${resultFilePath(result.id)}`}
          target="_blank"
          rel="noopener"
          data-testid="result-open"
        >
          {translate('ow.results.actions.open')}
        </Button>
        <Button
          size="small"
          startIcon={<DownloadIcon />}
          onClick={() => dataProvider.downloadResult(result.id, fileName).catch(failed)}
          data-testid="result-download"
        >
          {translate('ow.results.actions.download')}
        </Button>
        {canRevoke && !revoked && <RevokeButton result={result} />}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
        {translate('ow.results.verifyAt')}{' '}
        <Link href={result.verifyUrl} target="_blank" rel="noopener" sx={{ wordBreak: 'break-all' }}>
          {result.verifyUrl}
        </Link>
      </Typography>
    </Box>
  );
};
