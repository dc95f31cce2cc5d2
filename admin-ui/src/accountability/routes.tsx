import { Route } from 'react-router-dom';
import { AccountabilityPage } from './AccountabilityPage';

export const accountabilityRoutes = [
  <Route key="accountability" path="/accountability" element={<AccountabilityPage />} />,
];
