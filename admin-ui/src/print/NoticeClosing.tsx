import { useLocaleState, useTranslate } from 'react-admin';
import { formatInstant } from '../shared/chinaDate';

/** How every written notice ends: who issued it, the applicant's signature, the date under the seal, the footer. */
export const NoticeClosing = ({ issuedByName, issuedAt }: { issuedByName: string | null; issuedAt: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      <div className="ow-print-signatures">
        <span>{translate('ow.print.notice.issuedBy', { name: issuedByName ?? '' })}</span>
        <span>{translate('ow.print.signatures.applicant')}</span>
      </div>
      <p className="ow-print-seal">
        {translate('ow.print.notice.issuedAt', { date: formatInstant(issuedAt, locale, false) })}
      </p>
      <div className="ow-print-footer">{translate('ow.print.notice.footer')}</div>
    </>
  );
};
