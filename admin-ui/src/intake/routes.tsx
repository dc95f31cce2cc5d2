import { Route } from 'react-router-dom';
import { IntakePage } from './IntakePage';

/** The window's intake wizard (inside the layout). */
export const intakeRoutes = [<Route key="intake" path="/intake" element={<IntakePage />} />];
