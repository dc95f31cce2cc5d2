import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { PublicApp } from './public/PublicApp';
import { VerifyApp, verifyCodeOf } from './results/VerifyApp';

/** '#/public…' pages are for applicants: rendered outside <Admin>, so no login check and no /auth/me call. */
const isPublic = () => window.location.hash.startsWith('#/public');

const Root = () => {
  const [publicPage, setPublicPage] = useState(isPublic);
  useEffect(() => {
    const onHashChange = () => setPublicPage(isPublic());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return publicPage ? <PublicApp /> : <App />;
};

/** /verify/<code> is a real path (printed in QR codes), served the console's page by the API. */
const verifyCode = verifyCodeOf(window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>{verifyCode ? <VerifyApp code={verifyCode} /> : <Root />}</StrictMode>,
);
