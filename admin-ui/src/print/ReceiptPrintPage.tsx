import { Button } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { formatCivilDate, formatInstant } from '../shared/chinaDate';
import { materialLines } from './materials';
import { PrintHeading } from './PrintHeading';
import { PrintSheet } from './PrintSheet';
import { usePrintData } from './usePrintData';
import { ResultPrintButtons } from '../results/ResultPrintButtons';
import type { ReceiptData } from './types';

const Receipt = ({ r }: { r: ReceiptData }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const received = materialLines(r.materials, true);
  const owed = materialLines(r.owed);
  const due = r.dueDate
    ? `${formatCivilDate(r.dueDate, locale)}${r.provisional ? translate('ow.print.receipt.provisional') : ''}`
    : translate('ow.print.receipt.noDueDate');
  return (
    <>
      <PrintHeading
        centre={r.centreName}
        title="ow.print.receipt.title"
        numberLabel="ow.print.receipt.number"
        number={r.receiptNo}
        testId="receipt"
      />
      <table>
        <tbody>
          <tr>
            <th>{translate('ow.print.receipt.item')}</th>
            <td>{r.itemName}</td>
          </tr>
          <tr>
            <th>{translate('ow.print.receipt.applicant')}</th>
            <td>{r.applicantName}</td>
          </tr>
          <tr>
            <th>{translate('ow.print.receipt.acceptedAt')}</th>
            <td>{formatInstant(r.acceptedAt, locale)}</td>
          </tr>
          <tr>
            <th>{translate('ow.print.receipt.acceptedBy')}</th>
            <td>{[r.acceptedByName, r.windowCode].filter(Boolean).join(' / ')}</td>
          </tr>
          <tr>
            <th>{translate('ow.print.receipt.dueDate')}</th>
            <td data-testid="receipt-due">{due}</td>
          </tr>
          <tr>
            <th>{translate('ow.print.receipt.received')}</th>
            <td>
              {received.length ? (
                <ol>
                  {received.map((m) => (
                    <li key={m.name}>
                      {m.name}
                      {m.copies ? translate('ow.print.receipt.copies', { copies: m.copies }) : ''}
                    </li>
                  ))}
                </ol>
              ) : (
                translate('ow.print.receipt.none')
              )}
            </td>
          </tr>
          {owed.length > 0 && (
            <tr>
              <th>{translate('ow.print.receipt.owed')}</th>
              <td>
                <ol>
                  {owed.map((m) => (
                    <li key={m.name}>
                      {m.name}
                      {m.dueDate
                        ? translate('ow.print.receipt.owedBy', { date: formatCivilDate(m.dueDate, locale) })
                        : ''}
                    </li>
                  ))}
                </ol>
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {r.provisional && <p className="ow-print-plain">{translate('ow.print.receipt.provisionalNote')}</p>}
      <p className="ow-print-plain">{translate('ow.print.receipt.suspensionNote')}</p>
      <div className="ow-print-signatures">
        <span>{translate('ow.print.signatures.clerk')}</span>
        <span>{translate('ow.print.signatures.applicant')}</span>
      </div>
      <p className="ow-print-seal">{translate('ow.print.signatures.seal', { centre: r.centreName })}</p>
      <div className="ow-print-footer">
        {r.lookupHint || translate('ow.print.receipt.lookupHint', { receiptNo: r.receiptNo })}
      </div>
    </>
  );
};

/** /print/receipt/:matterId — the 受理回执 handed to the applicant. */
export const ReceiptPrintPage = () => {
  const { matterId = '' } = useParams();
  const translate = useTranslate();
  return (
    <PrintSheet
      query={usePrintData('receipt', matterId)}
      title="ow.print.receipt.title"
      actions={
        <>
          <Button startIcon={<OpenInNewIcon />} component={Link} to={`/matters/${matterId}`}>
            {translate('ow.print.openMatter')}
          </Button>
          <ResultPrintButtons matterId={matterId} />
        </>
      }
    >
      {(r) => <Receipt r={r} />}
    </PrintSheet>
  );
};
