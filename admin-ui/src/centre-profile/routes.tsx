import { Route } from 'react-router-dom';
import { CentreProfilePage } from './CentreProfilePage';

export const centreProfileRoutes = [
  <Route key="centre-profile" path="/centre-profile" element={<CentreProfilePage />} />,
];
