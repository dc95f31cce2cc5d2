import { useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import type { PrintDataProvider } from './dataProvider';
import { NoticeClosing } from './NoticeClosing';
import { PrintSheet } from './PrintSheet';
import type { NoticeData } from './types';

const Notice = ({ n }: { n: NoticeData }) => {
  const translate = useTranslate();
  const kind = n.kind === 'REFUSAL' ? 'refusal' : 'supplement';
  return (
    <>
      {n.centreName && <p className="ow-print-centre">{n.centreName}</p>}
      <h1 data-testid="notice-title">{translate(`ow.print.${kind}.title`)}</h1>
      <p className="ow-print-number">
        {translate('ow.print.notice.number')}
        <strong data-testid="notice-no">{n.noticeNo}</strong>
      </p>
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
  const translate = useTranslate();
  const dataProvider = useDataProvider<PrintDataProvider>();
  const notice = useQuery({ queryKey: ['print', 'notice', noticeId], queryFn: () => dataProvider.getNotice(noticeId) });
  return (
    <PrintSheet
      title={translate(notice.data?.kind === 'REFUSAL' ? 'ow.print.refusal.title' : 'ow.print.supplement.title')}
      loading={notice.isPending}
      error={notice.error}
      onRetry={() => void notice.refetch()}
    >
      {notice.data && <Notice n={notice.data} />}
    </PrintSheet>
  );
};
