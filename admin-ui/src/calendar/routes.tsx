import { Route } from 'react-router-dom';
import { RequireRole } from '../shared/RequireRole';
import { CalendarPage } from './CalendarPage';

/** The calendar's CustomRoutes (inside the layout). */
export const calendarRoutes = [
  <Route
    key="calendar"
    path="/calendar"
    element={
      <RequireRole roles={['ADMIN', 'MANAGER']}>
        <CalendarPage />
      </RequireRole>
    }
  />,
];
