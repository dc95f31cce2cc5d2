import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { PublicApp } from './public/PublicApp';

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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
