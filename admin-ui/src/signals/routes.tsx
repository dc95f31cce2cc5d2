import { Route } from 'react-router-dom';
import { restrictTo } from '../shared/RequireRole';
import { SignalsPage } from './SignalsPage';

const ManagersSignalsPage = restrictTo(['MANAGER', 'ADMIN'], SignalsPage);

export const signalRoutes = [<Route key="signals" path="/signals" element={<ManagersSignalsPage />} />];
