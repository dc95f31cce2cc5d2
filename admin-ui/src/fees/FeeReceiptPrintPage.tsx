import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { yuanText } from '../../../domain/money';
import { PrintHeading } from '../print/PrintHeading';
import { PrintSheet } from '../print/PrintSheet';
import { formatInstant } from '../shared/chinaDate';
import type { FeeDataProvider } from './dataProvider';
import type { FeeReceipt } from './types';

const Receipt = ({ r }: { r: FeeReceipt }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      <PrintHeading
        centre={r.centreName}
        title="ow.fees.receipt.title"
        numberLabel="ow.fees.receipt.number"
        number={r.receiptNo}
        testId="fee-receipt"
      />
      <table>
        <tbody>
          <tr>
            <th>{translate('ow.fees.receipt.payer')}</th>
            <td>{r.payerName}</td>
          </tr>
          <tr>
            <th>{translate('ow.fees.receipt.matter')}</th>
            <td>
              {r.itemName}（{r.matterReceiptNo}）
            </td>
          </tr>
          <tr>
            <th>{translate('ow.fees.receipt.lines')}</th>
            <td>
              <ol>
                {r.lines.map((l) => (
                  <li key={l.code}>
                    {l.name}：{translate('ow.fees.perUnit', { amount: yuanText(l.amountFen), unit: l.unit })} ×{' '}
                    {l.quantity} = {yuanText(l.subtotalFen)}
                    <br />
                    <small>
                      {translate('ow.fees.basis')}：{l.basis}
                    </small>
                  </li>
                ))}
              </ol>
            </td>
          </tr>
          <tr>
            <th>{translate('ow.fees.receipt.due')}</th>
            <td>{yuanText(r.dueFen)}</td>
          </tr>
          {r.exemptFen > 0 && (
            <tr>
              <th>{translate('ow.fees.receipt.exempt')}</th>
              <td>
                {yuanText(r.exemptFen)}（{r.exemptReason}）
              </td>
            </tr>
          )}
          <tr>
            <th>{translate('ow.fees.receipt.paid')}</th>
            <td data-testid="fee-receipt-paid">
              {yuanText(r.paidFen)}（{translate(`ow.fees.methods.${r.method}`)}）
            </td>
          </tr>
          <tr>
            <th>{translate('ow.fees.receipt.collector')}</th>
            <td>
              {[r.collectedByName, r.windowCode].filter(Boolean).join(' / ')}，{formatInstant(r.paidAt, locale)}
            </td>
          </tr>
        </tbody>
      </table>
      <p>{translate('ow.fees.receipt.note')}</p>
    </>
  );
};

/** /print/fee/:paymentId — 收费票据: what was collected, by line and basis, exemption and method. */
export const FeeReceiptPrintPage = () => {
  const { paymentId = '' } = useParams();
  const dataProvider = useDataProvider<FeeDataProvider>();
  const query = useQuery({
    queryKey: ['print', 'fee', paymentId],
    queryFn: () => dataProvider.getFeeReceipt(paymentId),
  });
  return (
    <PrintSheet query={query} title="ow.fees.receipt.title">
      {(r) => <Receipt r={r} />}
    </PrintSheet>
  );
};
