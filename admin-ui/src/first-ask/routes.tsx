import { Route } from 'react-router-dom';
import { FirstAskPage } from './FirstAskPage';

export const firstAskRoutes = [<Route key="first-asks" path="/first-asks" element={<FirstAskPage />} />];
