import { Route } from 'react-router-dom';
import { StaffBoardPage } from './StaffBoardPage';

export const staffBoardRoutes = [<Route key="staff-board" path="/staff-board" element={<StaffBoardPage />} />];
