import { Route } from 'react-router-dom';
import { RectificationsPage } from './RectificationsPage';

export const rectificationRoutes = [
  <Route key="rectifications" path="/rectifications" element={<RectificationsPage />} />,
];
