import { Admin } from 'react-admin';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './i18n';
import { Dashboard } from './dashboard/Dashboard';

export const App = () => (
  <Admin
    title="一窗通办"
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  />
);
