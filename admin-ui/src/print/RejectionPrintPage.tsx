import { useLocaleState, useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { formatInstant } from '../matters/format';
import type { PrintDataProvider } from './dataProvider';
import { NoticeClosing } from './NoticeClosing';
import { PrintSheet } from './PrintSheet';
import type { RejectionData } from './types';

const Rejection = ({ r }: { r: RejectionData }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      <p className="ow-print-centre">{r.centreName}</p>
      <h1 data-testid="rejection-title">{translate('ow.print.rejection.title')}</h1>
      <p className="ow-print-number">
        {translate('ow.print.rejection.number')}
        <strong>{r.receiptNo}</strong>
      </p>
      <p className="ow-print-plain">{translate('ow.print.notice.salutation', { name: r.applicantName })}</p>
      <p>
        {translate('ow.print.rejection.intro', { item: r.itemName, date: formatInstant(r.acceptedAt, locale, false) })}
      </p>
      <p data-testid="rejection-reason">
        {translate('ow.print.refusal.reason', { reason: r.reason ?? translate('ow.print.rejection.noReason') })}
      </p>
      <p>{translate('ow.print.notice.legalBasis', { basis: r.legalBasis })}</p>
      <p data-testid="rejection-remedies">{r.remedies ?? translate('ow.print.refusal.remedies')}</p>
      <NoticeClosing issuedByName={r.decidedByName} issuedAt={r.decidedAt} />
    </>
  );
};

/** /print/rejection/:matterId — 退办通知书: the written decision, its legal basis and the applicant's remedies. */
export const RejectionPrintPage = () => {
  const { matterId = '' } = useParams();
  const translate = useTranslate();
  const dataProvider = useDataProvider<PrintDataProvider>();
  const notice = useQuery({
    queryKey: ['print', 'rejection', matterId],
    queryFn: () => dataProvider.getRejection(matterId),
  });
  return (
    <PrintSheet
      title={translate('ow.print.rejection.title')}
      loading={notice.isPending}
      error={notice.error}
      onRetry={() => void notice.refetch()}
    >
      {notice.data && <Rejection r={notice.data} />}
    </PrintSheet>
  );
};
