import { Route } from 'react-router-dom';
import { InboxPage } from './InboxPage';
import { TaskPage } from './TaskPage';

/** The inbox and the task page: CustomRoutes inside the layout (URLs under /inbox). */
export const taskRoutes = [
  <Route key="inbox" path="/inbox" element={<InboxPage />} />,
  <Route key="task" path="/inbox/:taskId" element={<TaskPage />} />,
];
