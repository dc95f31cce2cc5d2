import { useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { NoticeClosing } from './NoticeClosing';
import { PrintHeading } from './PrintHeading';
import { PrintSheet } from './PrintSheet';
import type { NoticeData } from './types';
import { usePrintData } from './usePrintData';

const titleOf = (n: NoticeData | undefined) =>
  n?.kind === 'REFUSAL' ? 'ow.print.refusal.title' : 'ow.print.supplement.title';

const Notice = ({ n }: { n: NoticeData }) => {
  const translate = useTranslate();
  const kind = n.kind === 'REFUSAL' ? 'refusal' : 'supplement';
  return (
    <>
      <PrintHeading
        centre={n.centreName}
        title={titleOf(n)}
        numberLabel="ow.print.notice.number"
        number={n.noticeNo}
        testId="notice"
      />
      <p className="ow-print-plain">{translate('ow.print.notice.salutation', { name: n.applicantName })}</p>
      <p>{translate(`ow.print.${kind}.intro`, { item: n.itemName })}</p>
      {n.kind === 'REFUSAL' ? (
        <p data-testid="notice-reason">{translate('ow.print.refusal.reason', { reason: n.reason ?? '' })}</p>
      ) : (
        <>
          <ol data-testid="notice-missing">
            {n.missing.map((m) => (
              <li key={m.code}>{m.name}</li>
            ))}
          </ol>
          {n.reason && <p>{translate('ow.print.supplement.note', { note: n.reason })}</p>}
          <p>{translate('ow.print.supplement.next')}</p>
        </>
      )}
      {n.legalBasis && <p>{translate('ow.print.notice.legalBasis', { basis: n.legalBasis })}</p>}
      <p data-testid="notice-remedies">{translate(`ow.print.${kind}.remedies`)}</p>
      <NoticeClosing issuedByName={n.issuedByName} issuedAt={n.issuedAt} />
    </>
  );
};

/** /print/notice/:noticeId — 一次性告知书 or 不予受理通知书. */
export const NoticePrintPage = () => {
  const { noticeId = '' } = useParams();
  return (
    <PrintSheet query={usePrintData('notice', noticeId)} title={titleOf}>
      {(n) => <Notice n={n} />}
    </PrintSheet>
  );
};
