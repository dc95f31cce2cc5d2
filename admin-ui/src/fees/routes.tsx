import { Route } from 'react-router-dom';
import { FeeReceiptPrintPage } from './FeeReceiptPrintPage';
import { ReconciliationPage } from './ReconciliationPage';

export const feeRoutes = [
  <Route key="fees-reconciliation" path="/fees/reconciliation" element={<ReconciliationPage />} />,
];

/** `<CustomRoutes noLayout>`: the printed 收费票据 */
export const feePrintRoutes = [
  <Route key="print-fee" path="/print/fee/:paymentId" element={<FeeReceiptPrintPage />} />,
];
