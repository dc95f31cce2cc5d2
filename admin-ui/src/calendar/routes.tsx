import { Route } from 'react-router-dom';
import { CalendarPage } from './CalendarPage';

/** The calendar's CustomRoutes (inside the layout). */
export const calendarRoutes = [<Route key="calendar" path="/calendar" element={<CalendarPage />} />];
