import { Route } from 'react-router-dom';
import { MatterPage } from './MatterPage';

/** The matter page (inside the layout); the list is the resource's. */
export const matterRoutes = [<Route key="matter" path="/matters/:id" element={<MatterPage />} />];
