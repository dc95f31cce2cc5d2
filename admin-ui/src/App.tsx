import { Admin, CustomRoutes, Resource, type DataProvider } from 'react-admin';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './i18n';
import { Dashboard } from './dashboard/Dashboard';
import { Layout } from './layout/Layout';
import { DefaultTitle } from './layout/DefaultTitle';
import { LoginPage } from './login/LoginPage';
import { procedures } from './procedures';
import { withProcedureMethods } from './procedures/dataProvider';
import { designerRoutes } from './designer/routes';
import { withManagementMethods } from './shared/dataProvider';
import { stalled } from './stalled';
import { incidents } from './incidents';
import { users } from './users';
import { departments } from './departments';
import { windows } from './windows';
import { stations } from './stations';
import { items } from './items';
import { audit } from './audit';
import { backups } from './backups';
import { withBackupMethods } from './backups/dataProvider';
import { calendarRoutes } from './calendar/routes';
import { profileRoutes } from './profile/routes';
import { matters } from './matters';
import { withMatterMethods } from './matters/dataProvider';
import { matterRoutes } from './matters/routes';
import { withTaskMethods } from './tasks/dataProvider';
import { taskRoutes } from './tasks/routes';
import { withIntakeMethods } from './intake/dataProvider';
import { intakeRoutes } from './intake/routes';
import { withPrintMethods } from './print/dataProvider';
import { printRoutes } from './print/routes';
import { withMaterialMethods } from './materials/dataProvider';
import { withResultMethods } from './results/dataProvider';
import { noticeTemplates } from './notices';
import { withNoticeMethods } from './notices/dataProvider';
import { tenSystemsPrintRoutes, tenSystemsRoutes, withTenSystemsMethods } from './ten-systems';
import { withClockMethods } from './clock/dataProvider';
import { clockRoutes } from './clock/routes';
import { withWithdrawalMethods } from './withdrawal/dataProvider';
import { withMessageMethods } from './messages/dataProvider';
import { withIncidentMethods } from './incidents/dataProvider';
import { withSignalMethods } from './signals/dataProvider';
import { signalRoutes } from './signals/routes';

/** Each resource folder adds its own methods to the one data provider (pages read them via useDataProvider<…>). */
const consoleDataProvider: DataProvider = [
  withProcedureMethods,
  withManagementMethods,
  withMatterMethods,
  withTaskMethods,
  withIntakeMethods,
  withPrintMethods,
  withMaterialMethods,
  withResultMethods,
  withNoticeMethods,
  withBackupMethods,
  withClockMethods,
  withWithdrawalMethods,
  withMessageMethods,
  withSignalMethods,
  withIncidentMethods,
  withTenSystemsMethods,
].reduce<DataProvider>((provider, addMethods) => addMethods(provider), dataProvider);

export const App = () => (
  <Admin
    title={<DefaultTitle />}
    authProvider={authProvider}
    dataProvider={consoleDataProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="procedures" {...procedures} />
    <CustomRoutes>{designerRoutes}</CustomRoutes>
    <Resource name="stalled" {...stalled} />
    <Resource name="incidents" {...incidents} />
    <Resource name="items" {...items} />
    <Resource name="users" {...users} />
    <Resource name="departments" {...departments} />
    <Resource name="windows" {...windows} />
    <Resource name="stations" {...stations} />
    <Resource name="audit" {...audit} />
    <Resource name="notice-templates" {...noticeTemplates} />
    <Resource name="backups" {...backups} />
    <CustomRoutes>{calendarRoutes}</CustomRoutes>
    <CustomRoutes>{profileRoutes}</CustomRoutes>
    <Resource name="matters" {...matters} />
    <CustomRoutes>{matterRoutes}</CustomRoutes>
    <CustomRoutes>{clockRoutes}</CustomRoutes>
    <CustomRoutes>{signalRoutes}</CustomRoutes>
    <CustomRoutes>{intakeRoutes}</CustomRoutes>
    <CustomRoutes>{taskRoutes}</CustomRoutes>
    <CustomRoutes>{tenSystemsRoutes}</CustomRoutes>
    <CustomRoutes noLayout>{printRoutes}</CustomRoutes>
    <CustomRoutes noLayout>{tenSystemsPrintRoutes}</CustomRoutes>
  </Admin>
);
