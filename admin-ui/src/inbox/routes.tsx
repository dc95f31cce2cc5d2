import { Route } from 'react-router-dom';
import { InboxPage } from './InboxPage';
import { TaskPage } from './TaskPage';

/** The inbox's CustomRoutes (inside the layout). */
export const inboxRoutes = [
  <Route key="inbox" path="/inbox" element={<InboxPage />} />,
  <Route key="task" path="/inbox/:taskId" element={<TaskPage />} />,
];
