import { AdminContext } from 'react-admin';
import { i18nProvider } from '../i18n';
import { dataProvider } from '../providers/dataProvider';
import { withPublicMethods } from './dataProvider';
import { PublicTrackPage } from './PublicTrackPage';

const publicDataProvider = withPublicMethods(dataProvider);

/**
 * The applicants' pages, outside <Admin>: no authProvider, so nothing asks for a login or calls /auth/me.
 * main.tsx renders this for every '#/public…' address.
 */
export const PublicApp = () => (
  <AdminContext i18nProvider={i18nProvider} dataProvider={publicDataProvider}>
    <PublicTrackPage />
  </AdminContext>
);
