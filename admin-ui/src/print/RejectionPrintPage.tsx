import { useLocaleState, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { formatInstant } from '../shared/chinaDate';
import { NoticeClosing } from './NoticeClosing';
import { PrintHeading } from './PrintHeading';
import { PrintSheet } from './PrintSheet';
import { usePrintData } from './usePrintData';
import type { RejectionData } from './types';

const Rejection = ({ r }: { r: RejectionData }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      <PrintHeading
        centre={r.centreName}
        title="ow.print.rejection.title"
        numberLabel="ow.print.rejection.number"
        number={r.receiptNo}
        testId="rejection"
      />
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
  return (
    <PrintSheet query={usePrintData('rejection', matterId)} title="ow.print.rejection.title">
      {(r) => <Rejection r={r} />}
    </PrintSheet>
  );
};
