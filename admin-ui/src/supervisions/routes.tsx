import { Route } from 'react-router-dom';
import { SupervisionsPage } from './SupervisionsPage';

export const supervisionRoutes = [<Route key="supervisions" path="/supervisions" element={<SupervisionsPage />} />];
