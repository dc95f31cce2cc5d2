import { Route } from 'react-router-dom';
import { ExtensionRequestsPage } from './ExtensionRequestsPage';

export const clockRoutes = [
  <Route key="extension-requests" path="/extension-requests" element={<ExtensionRequestsPage />} />,
];
