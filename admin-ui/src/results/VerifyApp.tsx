import { AdminContext } from 'react-admin';
import { i18nProvider } from '../i18n';
import { dataProvider } from '../providers/dataProvider';
import { VerifyPage } from './VerifyPage';

/** The code of a /verify/<code> address (the QR code on a result), or none. */
export const verifyCodeOf = (pathname: string): string | undefined =>
  /^\/verify\/([A-Za-z0-9_-]+)\/?$/.exec(pathname)?.[1];

/** The public verification page, outside <Admin>: no login, no /auth/me call (main.tsx renders it for /verify/…). */
export const VerifyApp = ({ code }: { code: string }) => (
  <AdminContext i18nProvider={i18nProvider} dataProvider={dataProvider}>
    <VerifyPage code={code} />
  </AdminContext>
);
