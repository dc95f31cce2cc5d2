import { Button } from '@mui/material';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { useNotify, useTranslate } from 'react-admin';
import { resultFilePath } from './dataProvider';
import { printPdfFromApi } from './print-pdf';
import { useMatterResults } from './useMatterResults';

/**
 * On the receipt's print page: a 即办件 has its result by the time the clerk sees the receipt, so both are printed
 * for the applicant at the window.
 */
export const ResultPrintButtons = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { data } = useMatterResults(matterId);
  return (
    <>
      {data?.results
        .filter((r) => r.status === 'VALID')
        .map((r) => (
          <Button
            key={r.id}
            startIcon={<WorkspacePremiumIcon />}
            onClick={() =>
              printPdfFromApi(resultFilePath(r.id)).catch((e: unknown) =>
                notify('ow.results.notifications.failed', {
                  type: 'error',
                  messageArgs: { message: (e as Error).message },
                }),
              )
            }
            data-testid="print-result"
          >
            {translate('ow.results.actions.printResult', { resultNo: r.resultNo })}
          </Button>
        ))}
    </>
  );
};
