import { Route } from 'react-router-dom';
import { ComplaintsPage } from './ComplaintsPage';

export const complaintRoutes = [<Route key="complaints" path="/complaints" element={<ComplaintsPage />} />];
