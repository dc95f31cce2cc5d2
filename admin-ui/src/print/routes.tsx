import { Route } from 'react-router-dom';
import { ApprovalFormPrintPage } from './ApprovalFormPrintPage';
import { NoticePrintPage } from './NoticePrintPage';
import { ReceiptPrintPage } from './ReceiptPrintPage';
import { RejectionPrintPage } from './RejectionPrintPage';

/** Print views: `<CustomRoutes noLayout>` — the sheet alone, no menu or app bar. */
export const printRoutes = [
  <Route key="print-receipt" path="/print/receipt/:matterId" element={<ReceiptPrintPage />} />,
  <Route key="print-notice" path="/print/notice/:noticeId" element={<NoticePrintPage />} />,
  <Route key="print-rejection" path="/print/rejection/:matterId" element={<RejectionPrintPage />} />,
  <Route key="print-approval-form" path="/print/approval-form/:matterId" element={<ApprovalFormPrintPage />} />,
];
