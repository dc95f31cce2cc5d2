import { AdminContext } from 'react-admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { i18nProvider } from '../i18n';
import { dataProvider } from '../providers/dataProvider';
import { AgentsPage } from './AgentsPage';
import { withDisclosureMethods } from './dataProvider';
import { GuideHome } from './GuideHome';
import { GuidePage } from './GuidePage';
import { HallDisplayPage } from './HallDisplayPage';
import { ResultsPage } from './ResultsPage';
import { ComplaintPage } from './ComplaintPage';

const openDataProvider = withDisclosureMethods(dataProvider);

/** The addresses this app answers (main.tsx renders it for them): 办事公开 under #/open, the hall screen at #/display. */
export const isDisclosureAddress = (hash: string) => /^#\/(open|display)(\/|\?|$)/.test(hash);

/**
 * 办事公开 for everyone, outside <Admin> (no login, no /auth/me): the guide, the agents, the results notice, the
 * complaint form, and the hall's screen.
 */
export const DisclosureApp = () => (
  <AdminContext i18nProvider={i18nProvider} dataProvider={openDataProvider}>
    <Routes>
      <Route path="/open" element={<GuideHome />} />
      <Route path="/open/items/:code" element={<GuidePage />} />
      <Route path="/open/agents" element={<AgentsPage />} />
      <Route path="/open/results" element={<ResultsPage />} />
      <Route path="/open/complaint" element={<ComplaintPage />} />
      <Route path="/display" element={<HallDisplayPage />} />
      <Route path="*" element={<Navigate to="/open" replace />} />
    </Routes>
  </AdminContext>
);
